package org.sendplan.portal.comments;

import java.util.EnumSet;
import java.util.UUID;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.administration.MemberDirectory;
import org.sendplan.portal.identity.NewAccount;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo plans to comment on, fresh members (so limits and pauses touch nobody else), and time moved on. */
@Component
public class CommentFixtures {

    private final SignedIn signedIn;
    private final PlanService plans;
    private final ActionService actions;
    private final MemberDirectory members;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    CommentFixtures(
            SignedIn signedIn,
            PlanService plans,
            ActionService actions,
            MemberDirectory members,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.signedIn = signedIn;
        this.plans = plans;
        this.actions = actions;
        this.members = members;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The demo plan of the signed-in person's tenant (out for consultation, so partners read it). */
    public PlanSummary demoPlan() {
        return plans.plans().stream()
                .filter(p -> p.title().endsWith("(demo)"))
                .findFirst()
                .orElseThrow();
    }

    public CommentTarget demoPlanTarget() {
        return new CommentTarget("plan", demoPlan().id());
    }

    public CommentTarget firstDemoAction() {
        return new CommentTarget(
                "action",
                actions.actions(demoPlan().id(), ActionFilter.NONE, 0, 1)
                        .getFirst()
                        .id());
    }

    /** A new member of the tenant with the given roles; returns their username. Leaves nobody signed in. */
    public String newMember(String tenant, String name, Role first, Role... more) {
        String username = tenant + ".test-" + UUID.randomUUID().toString().substring(0, 8);
        signedIn.as(tenant + ".admin");
        try {
            members.addMember(
                    new NewAccount(username, name, username + "@example.org", SignedIn.DEMO_PASSWORD),
                    EnumSet.of(first, more),
                    null);
        } finally {
            signedIn.out();
        }
        return username;
    }

    /** Makes the comment look posted this many minutes ago, in the signed-in person's tenant. */
    public void postedMinutesAgo(UUID commentId, int minutes) {
        transaction.executeWithoutResult(status -> jdbc.update(
                "update comment set posted_at = now() - make_interval(mins => ?) where id = ? and tenant_id = ?",
                minutes,
                commentId,
                TenantContext.currentTenantId().orElseThrow()));
    }
}

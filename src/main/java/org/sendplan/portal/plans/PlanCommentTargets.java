package org.sendplan.portal.plans;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.comments.CommentTarget;
import org.sendplan.portal.comments.CommentTargets;
import org.sendplan.portal.comments.TargetDescription;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.internal.PlanVersion;
import org.sendplan.portal.plans.internal.PlanVersions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Plans, their approved versions and their actions as things to comment on: whoever may read one may comment
 * on it, until the plan is closed.
 */
@Component
public class PlanCommentTargets implements CommentTargets {

    static final String PLAN = "plan";
    static final String PLAN_VERSION = "plan-version";
    static final String ACTION = "action";

    private final PlanService plans;
    private final ActionService actions;
    private final PlanVersions versions;
    private final CurrentUser currentUser;

    PlanCommentTargets(PlanService plans, ActionService actions, PlanVersions versions, CurrentUser currentUser) {
        this.plans = plans;
        this.actions = actions;
        this.versions = versions;
        this.currentUser = currentUser;
    }

    public static CommentTarget plan(UUID planId) {
        return new CommentTarget(PLAN, planId);
    }

    public static CommentTarget version(UUID versionId) {
        return new CommentTarget(PLAN_VERSION, versionId);
    }

    public static CommentTarget action(UUID actionId) {
        return new CommentTarget(ACTION, actionId);
    }

    @Override
    public Set<String> kinds() {
        return Set.of(PLAN, PLAN_VERSION, ACTION);
    }

    @Override
    public Optional<TargetDescription> describe(CommentTarget target) {
        try {
            return switch (target.kind()) {
                case PLAN -> plans.plan(target.id()).map(p -> described(p, p.title(), ""));
                case PLAN_VERSION ->
                    versions.findById(target.id())
                            .flatMap(v -> plans.plan(v.planId())
                                    .map(p -> described(
                                            p,
                                            "version " + v.number() + " of " + p.title(),
                                            "/versions/" + v.number())));
                case ACTION ->
                    actions.action(target.id())
                            .flatMap(a -> plans.plan(a.planId())
                                    .map(p ->
                                            described(p, "the action \"" + a.activity() + "\"", "/actions/" + a.id())));
                default -> Optional.empty();
            };
        } catch (AccessDeniedException cannotRead) {
            return Optional.empty();
        }
    }

    /** The plan a comment's target belongs to, when it is one of this module's and the current person may read it. */
    public Optional<UUID> planOf(CommentTarget target) {
        return describe(target).flatMap(readable -> switch (target.kind()) {
            case PLAN -> Optional.of(target.id());
            case PLAN_VERSION -> versions.findById(target.id()).map(PlanVersion::planId);
            case ACTION -> actions.action(target.id()).map(ActionDetails::planId);
            default -> Optional.empty();
        });
    }

    private TargetDescription described(PlanSummary plan, String title, String pathWithinPlan) {
        String link = TenantAddress.of(currentUser.tenantSlug(), "plans", plan.id()) + pathWithinPlan;
        return plan.status() == PlanStatus.CLOSED
                ? new TargetDescription(title, link, "This plan is closed, so it takes no new comments")
                : TargetDescription.open(title, link);
    }
}

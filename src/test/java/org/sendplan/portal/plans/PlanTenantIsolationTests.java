package org.sendplan.portal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One council's plans, actions, updates, files and history are invisible and untouchable from another. */
@PortalTest
class PlanTenantIsolationTests {

    private static final String[] PLAN_TABLES = {
        "improvement_plan",
        "plan_theme",
        "plan_action",
        "action_milestone",
        "action_saving",
        "evidence_file",
        "progress_update",
        "action_change",
        "plan_version",
        "plan_transition"
    };

    @Autowired
    SignedIn signedIn;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    TenantService tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void anotherTenantsPlanIsNeitherListedNorFound() {
        ActionDetails warwickshireAction = warwickshireAction();
        signedIn.as("solihull.officer");
        assertThat(plans.plans()).extracting(PlanSummary::id).doesNotContain(warwickshireAction.planId());
        assertThat(plans.plan(warwickshireAction.planId())).isEmpty();
        assertThat(actions.action(warwickshireAction.id())).isEmpty();
    }

    @Test
    void anotherTenantsActionCannotBeChangedOrItsHistoryRead() {
        ActionDetails warwickshireAction = warwickshireAction();
        signedIn.as("solihull.officer");
        assertThatThrownBy(() -> actions.update(
                        warwickshireAction.id(), warwickshireAction.version(), warwickshireAction.toDraft()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> actions.history(warwickshireAction.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rawSqlUnderAnotherTenantSeesNoPlanRows() {
        warwickshireAction();
        UUID warwickshire = tenants.findBySlug("warwickshire").orElseThrow().id();
        UUID solihull = tenants.findBySlug("solihull").orElseThrow().id();
        for (String table : PLAN_TABLES) {
            Long visible = TenantContext.callAs(
                    TenantScope.ofTenant(solihull),
                    () -> new TransactionTemplate(transactions)
                            .execute(status -> jdbc.queryForObject(
                                    "select count(*) from " + table + " where tenant_id = ?",
                                    Long.class,
                                    warwickshire)));
            assertThat(visible).as(table).isZero();
        }
    }

    @Test
    void rawSqlCannotSmuggleAnActionIntoAnotherTenantsPlan() {
        ActionDetails warwickshireAction = warwickshireAction();
        UUID warwickshire = tenants.findBySlug("warwickshire").orElseThrow().id();
        UUID solihull = tenants.findBySlug("solihull").orElseThrow().id();
        assertThatThrownBy(() -> TenantContext.runAs(
                        TenantScope.ofTenant(solihull),
                        () -> new TransactionTemplate(transactions)
                                .executeWithoutResult(status -> jdbc.update(
                                        """
                        insert into action_change (id, tenant_id, plan_id, action_id, changed_at, changed_by, field)
                        values (?, ?, ?, ?, now(), 'intruder', 'Activity')""",
                                        UUID.randomUUID(),
                                        warwickshire,
                                        warwickshireAction.planId(),
                                        warwickshireAction.id()))))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("violates row-level security policy");
    }

    @Test
    void everyPlanTableForcesRowLevelSecurity() {
        Long forced = jdbc.queryForObject(
                "select count(*) from pg_class where relname = any (?) and relrowsecurity and relforcerowsecurity",
                Long.class,
                (Object) PLAN_TABLES);
        assertThat(forced).isEqualTo(PLAN_TABLES.length);
    }

    private ActionDetails warwickshireAction() {
        signedIn.as("warwickshire.officer");
        PlanSummary plan = plans.create(PlanFixtures.draft("Warwickshire private plan"));
        ThemeDetails theme = plans.addTheme(plan.id(), "Promoting Inclusion");
        ActionDetails action = actions.add(plan.id(), PlanFixtures.action(theme, "Warwickshire only"));
        signedIn.out();
        return action;
    }
}

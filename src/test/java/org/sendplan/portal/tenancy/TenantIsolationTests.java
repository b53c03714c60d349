package org.sendplan.portal.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tenant A can neither read nor write tenant B's rows: not through services, not through raw SQL. */
@PortalTest
class TenantIsolationTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

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
    void servicesListOnlyTheSignedInTenantsOrganisations() {
        signedIn.as("solihull.admin");
        assertThat(organisations.organisations())
                .extracting(OrganisationDetails::name)
                .contains("Kingshurst Academy")
                .doesNotContain("Riverside Primary School", "Surbiton Hill Primary");
    }

    @Test
    void anotherTenantsOrganisationIsNotFoundByItsId() {
        UUID warwickshireSchool = idOfWarwickshireSchool("Riverside Primary School");
        signedIn.as("solihull.admin");
        assertThat(organisations.find(warwickshireSchool)).isEmpty();
    }

    @Test
    void anotherTenantsOrganisationCannotBeChanged() {
        UUID warwickshireSchool = idOfWarwickshireSchool("Riverside Primary School");
        signedIn.as("solihull.admin");
        assertThatThrownBy(() -> organisations.update(
                        warwickshireSchool,
                        0,
                        new OrganisationDraft(
                                OrganisationKind.SCHOOL, "Taken over", "900101", SchoolPhase.PRIMARY, null)))
                .isInstanceOf(InvalidInputException.class);
        signedIn.as("warwickshire.admin");
        assertThat(organisations.find(warwickshireSchool))
                .get()
                .extracting(OrganisationDetails::name)
                .isEqualTo("Riverside Primary School");
    }

    @Test
    void rawSqlUnderTenantAScopeSeesNoneOfTenantBsRows() {
        UUID warwickshire = tenants.findBySlug("warwickshire").orElseThrow().id();
        UUID solihull = tenants.findBySlug("solihull").orElseThrow().id();
        Long visible = TenantContext.callAs(
                TenantScope.ofTenant(solihull),
                () -> new TransactionTemplate(transactions)
                        .execute(status -> jdbc.queryForObject(
                                "select count(*) from organisation where tenant_id = ?", Long.class, warwickshire)));
        assertThat(visible).isZero();
        Long own = TenantContext.callAs(
                TenantScope.ofTenant(solihull),
                () -> new TransactionTemplate(transactions)
                        .execute(status -> jdbc.queryForObject("select count(*) from organisation", Long.class)));
        assertThat(own).isPositive();
    }

    @Test
    void rawSqlUnderTenantAScopeCannotInsertIntoTenantB() {
        UUID warwickshire = tenants.findBySlug("warwickshire").orElseThrow().id();
        UUID solihull = tenants.findBySlug("solihull").orElseThrow().id();
        assertThatThrownBy(() -> TenantContext.runAs(
                        TenantScope.ofTenant(solihull),
                        () -> new TransactionTemplate(transactions)
                                .executeWithoutResult(status -> jdbc.update(
                                        "insert into organisation (id, tenant_id, kind, name) values (?, ?, 'BOARD', 'Smuggled board')",
                                        UUID.randomUUID(),
                                        warwickshire))))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("violates row-level security policy");
    }

    @Test
    void rawSqlUnderTenantAScopeCannotMoveItsRowsIntoTenantB() {
        UUID warwickshire = tenants.findBySlug("warwickshire").orElseThrow().id();
        UUID solihull = tenants.findBySlug("solihull").orElseThrow().id();
        assertThatThrownBy(() -> TenantContext.runAs(
                        TenantScope.ofTenant(solihull),
                        () -> new TransactionTemplate(transactions)
                                .executeWithoutResult(
                                        status -> jdbc.update("update organisation set tenant_id = ?", warwickshire))))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("violates row-level security policy");
    }

    @Test
    void withoutATenantNoTenantRowIsVisible() {
        Long visible = new TransactionTemplate(transactions)
                .execute(status -> jdbc.queryForObject("select count(*) from organisation", Long.class));
        assertThat(visible).isZero();
    }

    @Test
    void theApplicationConnectsAsARoleThatOwnsNothingAndCannotBypassRowLevelSecurity() {
        Boolean privileged = jdbc.queryForObject(
                "select rolsuper or rolbypassrls from pg_roles where rolname = current_user", Boolean.class);
        Long owned = jdbc.queryForObject(
                "select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user", Long.class);
        Long forced = jdbc.queryForObject("""
                select count(*) from pg_class where relname in ('organisation', 'membership', 'security_event')
                and relrowsecurity and relforcerowsecurity""", Long.class);
        assertThat(privileged).isFalse();
        assertThat(owned).isZero();
        assertThat(forced).isEqualTo(3);
    }

    @Test
    void schoolEditorSeesOnlyTheirOwnSchool() {
        signedIn.as("warwickshire.school");
        assertThat(organisations.organisations())
                .extracting(OrganisationDetails::name)
                .containsExactly("Riverside Primary School");
    }

    @Test
    void schoolEditorCannotOpenAnotherSchool() {
        UUID otherSchool = idOfWarwickshireSchool("Avon Valley School");
        signedIn.as("warwickshire.school");
        assertThatThrownBy(() -> organisations.find(otherSchool)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyATenantAdminMayAddOrganisations() {
        signedIn.as("warwickshire.officer");
        assertThatThrownBy(() -> organisations.create(
                        new OrganisationDraft(OrganisationKind.BOARD, "Shadow board", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPersonSeesTheirOwnMembershipsInEveryTenant() {
        var consultant = signedIn.as("consultant");
        assertThat(memberships.membershipsOf(consultant.personId()))
                .extracting(m -> m.tenant().slug())
                .containsExactly("solihull", "warwickshire");
    }

    @Test
    void nobodyCanListAnotherPersonsMemberships() {
        var consultant = signedIn.as("consultant");
        signedIn.as("kingston.admin");
        assertThatThrownBy(() -> memberships.membershipsOf(consultant.personId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private UUID idOfWarwickshireSchool(String name) {
        signedIn.as("warwickshire.admin");
        UUID id = organisations.organisations().stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        signedIn.out();
        return id;
    }
}

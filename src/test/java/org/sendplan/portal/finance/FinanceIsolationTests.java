package org.sendplan.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Row-level security on the finance tables: another tenant's rows cannot be read or written even with raw SQL. */
@PortalTest
class FinanceIsolationTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    ResourceProposalService proposals;

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
    void rawSqlInAnotherTenantSeesNoneOfAProposalsRowsOrHistory() {
        signedIn.as("kingston.finance");
        ResourceProposalDetails draft = proposals.create(ResourceProposalTests.proposalCalled("Kingston raw SQL"));
        proposals.saveItems(
                draft.id(), draft.version(), List.of(ResourceProposalTests.post("Post", FundingSource.DSG, "1")));
        signedIn.out();
        UUID solihull = tenants.findBySlug("solihull").orElseThrow().id();
        for (String table :
                new String[] {"resource_proposal", "resource_proposal_item", "resource_proposal_cost", "finance_change"
                }) {
            String idColumn =
                    table.equals("finance_change") ? "subject_id" : table.equals("resource_proposal") ? "id" : null;
            String sql = idColumn == null
                    ? "select count(*) from " + table + " where tenant_id <> ?"
                    : "select count(*) from " + table + " where " + idColumn + " = '" + draft.id()
                            + "' or tenant_id <> ?";
            Long visible = inTenant(solihull, () -> jdbc.queryForObject(sql, Long.class, solihull));
            assertThat(visible).as(table).isZero();
        }
    }

    @Test
    void rawSqlCannotWriteAProposalIntoAnotherTenant() {
        UUID kingston = tenants.findBySlug("kingston").orElseThrow().id();
        UUID solihull = tenants.findBySlug("solihull").orElseThrow().id();
        assertThatThrownBy(() -> inTenant(
                        solihull,
                        () -> jdbc.update(
                                "insert into resource_proposal (id, tenant_id, version_number, title, unit, "
                                        + "first_year, number_of_years, status, last_changed_by, last_changed_at) values (?, ?, 1, 'Smuggled', 'POUNDS', 2021, 1, 'DRAFT', 'x', now())",
                                UUID.randomUUID(),
                                kingston)))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void theHistoryCannotBeRewritten() {
        signedIn.as("kingston.finance");
        ResourceProposalDetails draft = proposals.create(ResourceProposalTests.proposalCalled("History stays"));
        signedIn.out();
        UUID kingston = tenants.findBySlug("kingston").orElseThrow().id();
        assertThatThrownBy(() -> inTenant(
                        kingston,
                        () -> jdbc.update(
                                "update finance_change set summary = 'nothing happened' where subject_id = ?",
                                draft.id())))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> inTenant(
                        kingston, () -> jdbc.update("delete from finance_change where subject_id = ?", draft.id())))
                .isInstanceOf(DataAccessException.class);
    }

    private <T> T inTenant(UUID tenant, Supplier<T> work) {
        return TenantContext.callAs(
                TenantScope.ofTenant(tenant),
                () -> new TransactionTemplate(transactions).execute(status -> work.get()));
    }
}

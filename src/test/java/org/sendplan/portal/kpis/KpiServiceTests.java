package org.sendplan.portal.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendplan.portal.kpis.KpiFixtures.n;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Rag;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Defining KPIs and entering figures: field-by-field refusals, roles, optimistic locking and tenant isolation. */
@PortalTest
class KpiServiceTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    KpiService kpis;

    @Autowired
    PlanService plans;

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
    void anOfficersFigureGetsAComputedRagAndTrendAgainstItsTarget() {
        signedIn.as("kingston.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.enteredCount("Internships, RAG computed"));
        kpi = kpis.recordValue(kpi.id(), kpi.version(), KpiValueDraft.overall("2024/25", n("16"), null));
        kpi = kpis.recordValue(kpi.id(), kpi.version(), KpiValueDraft.overall("2025/26", n("28"), null));
        KpiFigure latest = kpi.latest();
        assertThat(latest.period().label()).isEqualTo("2025/26");
        assertThat(latest.status().rag()).isEqualTo(Rag.AMBER);
        assertThat(latest.trend()).isEqualTo(Trend.IMPROVING);
        assertThat(kpi.figures().getFirst().status().rag()).isEqualTo(Rag.RED);
        assertThat(kpis.history(kpi.id())).extracting(KpiChangeRecord::summary).contains("Entered 28 for 2025/26");
        assertThat(kpis.history(kpi.id())).extracting(KpiChangeRecord::by).allMatch(by -> by.startsWith("Olu Officer"));
    }

    @Test
    void aKpiWithNoFigureIsGreyAndSaysNoData() {
        signedIn.as("kingston.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.enteredCount("No figures yet"));
        assertThat(kpis.kpis())
                .filteredOn(k -> k.id().equals(kpi.id()))
                .singleElement()
                .satisfies(k -> assertThat(k.latest().status().describe()).isEqualTo("Grey – no data"));
    }

    @Test
    void aTargetForAPeriodOfAnotherFrequencyIsRefusedAgainstTheTargets() {
        signedIn.as("kingston.officer");
        KpiDraft draft = KpiFixtures.enteredCount("Wrong target period")
                .withTargets(List.of(new KpiTargetDraft("Spring 2026", n("3"))));
        assertThatThrownBy(() -> kpis.create(draft)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("targets");
            assertThat(e.getMessage())
                    .contains("'Spring 2026' is not a financial year")
                    .contains("the KPI is reported financial year");
        });
        assertThat(kpis.kpis()).extracting(KpiSummary::name).doesNotContain("Wrong target period");
    }

    @Test
    void aNegativeToleranceIsRefused() {
        signedIn.as("kingston.officer");
        KpiDraft d = KpiFixtures.enteredCount("Negative tolerance");
        KpiDraft negative = new KpiDraft(
                d.name(),
                d.definition(),
                d.unit(),
                d.direction(),
                d.frequency(),
                d.baselineValue(),
                d.baselinePeriod(),
                n("-1"),
                d.source(),
                d.breakdowns(),
                d.targets());
        assertThatThrownBy(() -> kpis.create(negative)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("amberTolerance");
            assertThat(e.getMessage()).isEqualTo("The amber tolerance cannot be negative");
        });
    }

    @Test
    void aPercentageFigureNeedsADenominatorAboveZeroAndNoLessThanItsNumerator() {
        signedIn.as("kingston.officer");
        KpiDraft d = KpiFixtures.collectedPercentage("Entered percentage");
        KpiDetails kpi = kpis.create(new KpiDraft(
                d.name(),
                d.definition(),
                d.unit(),
                d.direction(),
                d.frequency(),
                null,
                null,
                d.amberTolerance(),
                KpiSource.ENTERED_BY_LA,
                d.breakdowns(),
                d.targets()));
        assertThatThrownBy(() ->
                        kpis.recordValue(kpi.id(), kpi.version(), KpiValueDraft.overall("Spring 2026", n("3"), n("0"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("denominator"));
        assertThatThrownBy(() -> kpis.recordValue(
                        kpi.id(), kpi.version(), KpiValueDraft.overall("Spring 2026", n("30"), n("20"))))
                .hasMessage("The numerator (30) cannot be more than the denominator (20)");
        assertThatThrownBy(() ->
                        kpis.recordValue(kpi.id(), kpi.version(), KpiValueDraft.overall("March 2026", n("3"), n("20"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("period"));
        assertThat(kpis.find(kpi.id()).orElseThrow().entered()).isEmpty();
    }

    @Test
    void figuresOfACollectedKpiCannotBeTyped() {
        signedIn.as("kingston.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.collectedPercentage("Typed over a roll-up"));
        assertThatThrownBy(() -> kpis.recordValue(
                        kpi.id(), kpi.version(), KpiValueDraft.overall("Spring 2026", n("3"), n("10"))))
                .hasMessageContaining("come from accepted returns");
    }

    @Test
    void theUnitCannotChangeOnceFiguresAreRecorded() {
        signedIn.as("kingston.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.enteredCount("Unit fixed by figures"));
        KpiDetails withFigure =
                kpis.recordValue(kpi.id(), kpi.version(), KpiValueDraft.overall("2024/25", n("5"), null));
        KpiDraft d = withFigure.draft();
        KpiDraft asMoney = new KpiDraft(
                d.name(),
                d.definition(),
                KpiUnit.MONEY,
                d.direction(),
                d.frequency(),
                d.baselineValue(),
                d.baselinePeriod(),
                d.amberTolerance(),
                d.source(),
                d.breakdowns(),
                d.targets());
        assertThatThrownBy(() -> kpis.update(kpi.id(), withFigure.version(), asMoney))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("unit"));
    }

    @Test
    void aSecondConcurrentSaveIsRefused() {
        signedIn.as("kingston.officer");
        KpiDetails opened = kpis.create(KpiFixtures.enteredCount("Two officers at once"));
        kpis.recordValue(opened.id(), opened.version(), KpiValueDraft.overall("2024/25", n("5"), null));
        assertThatThrownBy(() -> kpis.update(opened.id(), opened.version(), opened.draft()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() ->
                        kpis.recordValue(opened.id(), opened.version(), KpiValueDraft.overall("2025/26", n("6"), null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void changesToTheDefinitionAreRecordedFieldByField() {
        signedIn.as("kingston.admin");
        KpiDetails kpi = kpis.create(KpiFixtures.enteredCount("Definition history"));
        KpiDraft d = kpi.draft();
        kpis.update(
                kpi.id(),
                kpi.version(),
                new KpiDraft(
                        d.name(),
                        d.definition(),
                        d.unit(),
                        d.direction(),
                        d.frequency(),
                        d.baselineValue(),
                        d.baselinePeriod(),
                        n("5"),
                        d.source(),
                        d.breakdowns(),
                        d.targets()));
        assertThat(kpis.history(kpi.id()).getFirst().summary()).isEqualTo("Amber tolerance: 3 → 5");
    }

    @Test
    void readersSeeKpisButOnlyOfficersAndTenantAdminsChangeThem() {
        signedIn.as("kingston.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.enteredCount("Read by many"));
        for (String reader : List.of("kingston.finance", "kingston.board", "kingston.parent", "kingston.forumlead")) {
            signedIn.as(reader);
            assertThat(kpis.find(kpi.id())).as(reader).isPresent();
            assertThatThrownBy(() ->
                            kpis.recordValue(kpi.id(), kpi.version(), KpiValueDraft.overall("2024/25", n("1"), null)))
                    .as(reader)
                    .isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as("kingston.school");
        assertThatThrownBy(() -> kpis.kpis()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherTenantCanNeitherSeeNorChangeAKpi() {
        signedIn.as("kingston.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.enteredCount("Kingston only"));
        kpis.recordValue(kpi.id(), kpi.version(), KpiValueDraft.overall("2024/25", n("5"), null));
        signedIn.as("solihull.officer");
        assertThat(kpis.find(kpi.id())).isEmpty();
        assertThat(kpis.kpis()).extracting(KpiSummary::id).doesNotContain(kpi.id());
        assertThatThrownBy(() -> kpis.update(kpi.id(), kpi.version(), kpi.draft()))
                .hasMessage("That KPI no longer exists");
        signedIn.out();
        UUID solihull = tenants.findBySlug("solihull").orElseThrow().id();
        for (String table : List.of("kpi", "kpi_target", "kpi_value", "kpi_change")) {
            String column = table.equals("kpi") ? "id" : "kpi_id";
            Long visible = inTenant(
                    solihull,
                    () -> jdbc.queryForObject(
                            "select count(*) from " + table + " where " + column + " = ?", Long.class, kpi.id()));
            assertThat(visible).as(table).isZero();
        }
        UUID kingston = tenants.findBySlug("kingston").orElseThrow().id();
        assertThatThrownBy(() -> inTenant(
                        solihull,
                        () -> jdbc.update(
                                "insert into kpi_target (id, tenant_id, kpi_id, period_start, target) "
                                        + "values (?, ?, ?, date '2026-04-01', 1)",
                                UUID.randomUUID(),
                                kingston,
                                kpi.id())))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> inTenant(
                        kingston,
                        () -> jdbc.update("update kpi_change set summary = 'nothing' where kpi_id = ?", kpi.id())))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aLinkedKpiAppearsOnItsActionAndItsActionOnTheKpi() {
        signedIn.as("warwickshire.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.enteredCount("Linked to an action"));
        LinkedAction action = KpiFixtures.anActionOfTheDemoPlan(kpis, plans);
        kpis.linkActions(kpi.id(), kpi.version(), Set.of(action.id()));
        signedIn.as("warwickshire.parent");
        assertThat(kpis.kpisOfAction(action.id())).extracting(KpiSummary::id).contains(kpi.id());
        assertThat(kpis.linkedActions(kpi.id())).containsExactly(action);
        signedIn.as("warwickshire.officer");
        KpiDetails current = kpis.find(kpi.id()).orElseThrow();
        assertThatThrownBy(() -> kpis.linkActions(kpi.id(), current.version(), Set.of(UUID.randomUUID())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("actions"));
    }

    private <T> T inTenant(UUID tenant, Supplier<T> work) {
        return TenantContext.callAs(
                TenantScope.ofTenant(tenant),
                () -> new TransactionTemplate(transactions).execute(status -> work.get()));
    }
}

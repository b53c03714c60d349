package org.sendplan.portal.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.ReportingFrequency;
import org.sendplan.portal.kpis.Direction;
import org.sendplan.portal.kpis.KpiDetails;
import org.sendplan.portal.kpis.KpiDraft;
import org.sendplan.portal.kpis.KpiFigure;
import org.sendplan.portal.kpis.KpiService;
import org.sendplan.portal.kpis.KpiSource;
import org.sendplan.portal.kpis.KpiTargetDraft;
import org.sendplan.portal.kpis.KpiUnit;
import org.sendplan.portal.tenancy.SchoolPhase;
import org.springframework.beans.factory.annotation.Autowired;

/** Accepted returns feed the KPIs their fields name; reopening takes the figures back out. */
@PortalTest
class ReturnKpiTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    KpiService kpis;

    @Autowired
    DataCollectionService collections;

    @Autowired
    SchoolReturnService returns;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    private KpiDetails percentageKpi(String name) {
        return kpis.create(new KpiDraft(
                name,
                "First appointments within 18 weeks of referral",
                KpiUnit.PERCENTAGE,
                Direction.HIGHER_IS_BETTER,
                ReportingFrequency.TERMLY,
                null,
                null,
                new BigDecimal("5"),
                KpiSource.COLLECTED_FROM_ORGANISATIONS,
                Set.of(),
                List.of(new KpiTargetDraft("Spring 2026", new BigDecimal("80")))));
    }

    private DataCollectionDraft collection(String title, List<FieldDefinition> fields) {
        return new DataCollectionDraft(
                title,
                title,
                ReturnFixture.SPRING,
                Set.of(SchoolPhase.values()),
                Set.of(),
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(7),
                fields);
    }

    @Test
    void acceptingAReturnRecordsItsPercentageKpiAndReopeningWithdrawsIt() {
        signedIn.as("solihull.officer");
        KpiDetails kpi = percentageKpi("Seen within 18 weeks (returns test)");
        DataCollectionDetails created = collections.create(collection(
                "KPI feed",
                List.of(
                        FieldDefinition.wholeNumber("Referrals", true).feeding(kpi.id(), KpiPart.DENOMINATOR),
                        FieldDefinition.wholeNumber("Seen within 18 weeks", true)
                                .notMoreThan("referrals")
                                .feeding(kpi.id(), KpiPart.NUMERATOR))));
        collections.open(created.id(), created.version());
        ReturnSummary first = collections.progress(created.id()).returns().stream()
                .min(Comparator.comparing(ReturnSummary::urn))
                .orElseThrow();
        SchoolReturnDetails submitted = returns.submit(
                first.id(), 0, Map.of("referrals", FieldEntry.of("20"), "seen_within_18_weeks", FieldEntry.of("15")));
        SchoolReturnDetails accepted = returns.accept(first.id(), submitted.version());

        KpiFigure spring = kpis.find(kpi.id()).orElseThrow().figures().stream()
                .filter(f -> f.period().equals(ReturnFixture.SPRING))
                .findFirst()
                .orElseThrow();
        assertThat(spring.numerator()).isEqualByComparingTo("15");
        assertThat(spring.denominator()).isEqualByComparingTo("20");
        assertThat(spring.value()).isEqualByComparingTo("75");
        assertThat(collections.progress(created.id()).totals())
                .extracting(FieldTotal::kpiName)
                .containsOnly(kpi.draft().name());

        returns.reopen(first.id(), accepted.version(), "Referrals counted twice");
        assertThat(kpis.find(kpi.id()).orElseThrow().figures())
                .noneMatch(f -> f.period().equals(ReturnFixture.SPRING) && f.value() != null);
    }

    @Test
    void aPercentageKpiNeedsBothANumeratorAndADenominatorField() {
        signedIn.as("solihull.officer");
        KpiDetails kpi = percentageKpi("Seen within 18 weeks (half fed)");
        assertThatThrownBy(() -> collections.create(collection(
                        "Half fed",
                        List.of(FieldDefinition.wholeNumber("Seen within 18 weeks", true)
                                .feeding(kpi.id(), KpiPart.NUMERATOR)))))
                .hasMessage(
                        "'Seen within 18 weeks (half fed)' is a percentage: feed it from one field as the numerator and one as the denominator");
    }
}

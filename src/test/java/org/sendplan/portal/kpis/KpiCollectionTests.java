package org.sendplan.portal.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendplan.portal.kpis.KpiFixtures.n;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.ReportingFrequency;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Figures from accepted returns: recorded per source, replaced on re-record, removed on withdrawal, rolled up from sums. */
@PortalTest
class KpiCollectionTests {

    static final ReportingPeriod SPRING_2026 = ReportingPeriod.parse(ReportingFrequency.TERMLY, "Spring 2026");

    @Autowired
    SignedIn signedIn;

    @Autowired
    KpiCollection collection;

    @Autowired
    KpiService kpis;

    @Autowired
    OrganisationService organisations;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void collectableKpisAreTheTenantsCollectedOnesAndSayWhetherTheyArePercentages() {
        signedIn.as("warwickshire.officer");
        KpiDetails collected = kpis.create(KpiFixtures.collectedPercentage("Collectable in Warwickshire"));
        KpiDetails entered = kpis.create(KpiFixtures.enteredCount("Entered, not collectable"));
        assertThat(collection.collectableKpis())
                .extracting(CollectableKpi::id)
                .contains(collected.id())
                .doesNotContain(entered.id());
        assertThat(collection.collectableKpis())
                .filteredOn(k -> k.id().equals(collected.id()))
                .singleElement()
                .satisfies(k -> {
                    assertThat(k.percentage()).isTrue();
                    assertThat(k.frequency()).isEqualTo(ReportingFrequency.TERMLY);
                });
        signedIn.as("solihull.officer");
        assertThat(collection.collectableKpis()).extracting(CollectableKpi::id).doesNotContain(collected.id());
    }

    @Test
    void aPercentageRollsUpFromSummedNumeratorsAndDenominatorsNotAnAverageOfPercentages() {
        signedIn.as("warwickshire.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.collectedPercentage("Roll-up from sums"));
        List<UUID> schools = schools();
        // 1 of 10 (10%) and 90 of 100 (90%): the average of percentages would be 50%, the true figure 91 ÷ 110.
        collection.recordCollected(
                UUID.randomUUID(), SPRING_2026, List.of(new CollectedValue(kpi.id(), schools.get(0), n("1"), n("10"))));
        collection.recordCollected(
                UUID.randomUUID(),
                SPRING_2026,
                List.of(new CollectedValue(kpi.id(), schools.get(1), n("90"), n("100"))));
        KpiFigure spring = figure(kpi.id(), SPRING_2026);
        assertThat(spring.value()).isEqualByComparingTo("82.7");
        assertThat(spring.numerator()).isEqualByComparingTo("91");
        assertThat(spring.denominator()).isEqualByComparingTo("110");
        assertThat(spring.organisations()).isEqualTo(2);
    }

    @Test
    void recordingTheSameSourceAgainReplacesItsFigures() {
        signedIn.as("warwickshire.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.collectedPercentage("Replaced on re-record"));
        UUID school = schools().getFirst();
        UUID source = UUID.randomUUID();
        collection.recordCollected(source, SPRING_2026, List.of(new CollectedValue(kpi.id(), school, n("5"), n("10"))));
        collection.recordCollected(source, SPRING_2026, List.of(new CollectedValue(kpi.id(), school, n("7"), n("10"))));
        KpiFigure spring = figure(kpi.id(), SPRING_2026);
        assertThat(spring.value()).isEqualByComparingTo("70.0");
        assertThat(spring.organisations()).isEqualTo(1);
        assertThat(kpis.history(kpi.id()))
                .extracting(KpiChangeRecord::summary)
                .anyMatch(s -> s.startsWith("Replaced the figures of a return"));
    }

    @Test
    void withdrawingASourceRemovesOnlyItsFigures() {
        signedIn.as("warwickshire.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.collectedPercentage("Withdrawn on reopen"));
        List<UUID> schools = schools();
        UUID reopened = UUID.randomUUID();
        collection.recordCollected(
                reopened, SPRING_2026, List.of(new CollectedValue(kpi.id(), schools.get(0), n("5"), n("10"))));
        collection.recordCollected(
                UUID.randomUUID(), SPRING_2026, List.of(new CollectedValue(kpi.id(), schools.get(1), n("3"), n("4"))));
        collection.withdrawCollected(reopened);
        assertThat(figure(kpi.id(), SPRING_2026).value()).isEqualByComparingTo("75.0");
        assertThat(kpis.history(kpi.id()))
                .extracting(KpiChangeRecord::summary)
                .anyMatch(s -> s.startsWith("Withdrew the figures"));
    }

    @Test
    void oneBadFigureSavesNothingAndKeepsWhatTheSourceGaveBefore() {
        signedIn.as("warwickshire.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.collectedPercentage("Nothing half-saved"));
        List<UUID> schools = schools();
        UUID source = UUID.randomUUID();
        collection.recordCollected(
                source, SPRING_2026, List.of(new CollectedValue(kpi.id(), schools.get(0), n("5"), n("10"))));
        assertThatThrownBy(() -> collection.recordCollected(
                        source,
                        SPRING_2026,
                        List.of(
                                new CollectedValue(kpi.id(), schools.get(0), n("6"), n("10")),
                                new CollectedValue(kpi.id(), schools.get(1), n("3"), n("0")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The denominator must be more than zero");
        assertThatThrownBy(() -> collection.recordCollected(
                        source, SPRING_2026, List.of(new CollectedValue(kpi.id(), schools.get(1), n("11"), n("10")))))
                .hasMessageContaining("The numerator (11) cannot be more than the denominator (10)");
        assertThat(figure(kpi.id(), SPRING_2026).value()).isEqualByComparingTo("50.0");
    }

    @Test
    void aFigureForAPeriodOfAnotherFrequencyIsRefused() {
        signedIn.as("warwickshire.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.collectedPercentage("Termly only"));
        ReportingPeriod march = ReportingPeriod.parse(ReportingFrequency.MONTHLY, "March 2026");
        assertThatThrownBy(() -> collection.recordCollected(
                        UUID.randomUUID(),
                        march,
                        List.of(new CollectedValue(kpi.id(), schools().getFirst(), n("1"), n("2")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reported termly, so a March 2026 figure cannot feed it");
    }

    @Test
    void anotherTenantsKpiOrSchoolCannotBeFed() {
        signedIn.as("warwickshire.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.collectedPercentage("Warwickshire's own"));
        UUID warwickshireSchool = schools().getFirst();
        signedIn.as("solihull.officer");
        KpiDetails solihullKpi = kpis.create(KpiFixtures.collectedPercentage("Solihull's own"));
        assertThatThrownBy(() -> collection.recordCollected(
                        UUID.randomUUID(),
                        SPRING_2026,
                        List.of(new CollectedValue(kpi.id(), schools().getFirst(), n("1"), n("2")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not collected from organisations in this local authority");
        assertThatThrownBy(() -> collection.recordCollected(
                        UUID.randomUUID(),
                        SPRING_2026,
                        List.of(new CollectedValue(solihullKpi.id(), warwickshireSchool, n("1"), n("2")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not in this local authority");
    }

    @Test
    void onlyLaOfficersAndTenantAdminsRecordCollectedFigures() {
        signedIn.as("warwickshire.school");
        assertThatThrownBy(() -> collection.recordCollected(UUID.randomUUID(), SPRING_2026, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("warwickshire.board");
        assertThatThrownBy(() -> collection.withdrawCollected(UUID.randomUUID()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<UUID> schools() {
        return organisations.organisationsOfKind(OrganisationKind.SCHOOL).stream()
                .map(OrganisationDetails::id)
                .toList();
    }

    private KpiFigure figure(UUID kpiId, ReportingPeriod period) {
        return kpis.find(kpiId).orElseThrow().figures().stream()
                .filter(f -> f.period().equals(period))
                .findFirst()
                .orElseThrow();
    }
}

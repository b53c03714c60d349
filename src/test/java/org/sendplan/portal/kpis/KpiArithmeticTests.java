package org.sendplan.portal.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendplan.portal.kpis.KpiFixtures.n;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.common.Rag;
import org.sendplan.portal.common.ReportingFrequency;
import org.sendplan.portal.common.ReportingPeriod;

/** RAG, trend and roll-up arithmetic: computed from figures, never typed. */
class KpiArithmeticTests {

    @Test
    void higherIsBetterIsGreenOnOrAboveTarget() {
        assertThat(KpiStatus.of(n("42"), n("42"), Direction.HIGHER_IS_BETTER, n("2"))
                        .rag())
                .isEqualTo(Rag.GREEN);
        assertThat(KpiStatus.of(n("50"), n("42"), Direction.HIGHER_IS_BETTER, n("2"))
                        .rag())
                .isEqualTo(Rag.GREEN);
    }

    @Test
    void lowerIsBetterIsGreenOnOrBelowTarget() {
        assertThat(KpiStatus.of(n("18"), n("20"), Direction.LOWER_IS_BETTER, n("2"))
                        .rag())
                .isEqualTo(Rag.GREEN);
        assertThat(KpiStatus.of(n("21"), n("20"), Direction.LOWER_IS_BETTER, n("2"))
                        .rag())
                .isEqualTo(Rag.AMBER);
        assertThat(KpiStatus.of(n("22.1"), n("20"), Direction.LOWER_IS_BETTER, n("2"))
                        .rag())
                .isEqualTo(Rag.RED);
    }

    @Test
    void shortOfTargetWithinToleranceIsAmberAndBeyondItRed() {
        assertThat(KpiStatus.of(n("40"), n("42"), Direction.HIGHER_IS_BETTER, n("2"))
                        .rag())
                .isEqualTo(Rag.AMBER);
        assertThat(KpiStatus.of(n("39.9"), n("42"), Direction.HIGHER_IS_BETTER, n("2"))
                        .rag())
                .isEqualTo(Rag.RED);
    }

    @Test
    void zeroToleranceMakesAnyShortfallRed() {
        assertThat(KpiStatus.of(n("41.9"), n("42"), Direction.HIGHER_IS_BETTER, BigDecimal.ZERO)
                        .rag())
                .isEqualTo(Rag.RED);
    }

    @Test
    void noFigureIsGreyAndSaysNoData() {
        KpiStatus status = KpiStatus.of(null, n("42"), Direction.HIGHER_IS_BETTER, n("2"));
        assertThat(status.rag()).isEqualTo(Rag.GREY);
        assertThat(status.describe()).isEqualTo("Grey – no data");
    }

    @Test
    void aFigureWithoutATargetIsGreyAndSaysSo() {
        KpiStatus status = KpiStatus.of(n("42"), null, Direction.HIGHER_IS_BETTER, n("2"));
        assertThat(status.rag()).isEqualTo(Rag.GREY);
        assertThat(status.describe()).contains("no target for this period");
    }

    @Test
    void theTrendFollowsTheDirection() {
        assertThat(KpiStatus.trend(n("45"), n("40"), Direction.HIGHER_IS_BETTER))
                .isEqualTo(Trend.IMPROVING);
        assertThat(KpiStatus.trend(n("45"), n("40"), Direction.LOWER_IS_BETTER)).isEqualTo(Trend.WORSENING);
        assertThat(KpiStatus.trend(n("35"), n("40"), Direction.LOWER_IS_BETTER)).isEqualTo(Trend.IMPROVING);
        assertThat(KpiStatus.trend(n("40.0"), n("40"), Direction.HIGHER_IS_BETTER))
                .isEqualTo(Trend.UNCHANGED);
        assertThat(KpiStatus.trend(n("40"), null, Direction.HIGHER_IS_BETTER)).isEqualTo(Trend.NOT_KNOWN);
    }

    @Test
    void aPercentageRollsUpFromSumsNotFromAnAverageOfPercentages() {
        // 1 of 10 and 90 of 100: the mean of 10% and 90% is 50%, the true figure 91 of 110.
        assertThat(RollUp.RATIO.combine(n("91"), n("110"), 2, 1)).isEqualByComparingTo("82.7");
    }

    @Test
    void percentagesRoundHalfUpToOneDecimalPlace() {
        assertThat(RollUp.RATIO.combine(n("2"), n("3"), 1, 1)).isEqualByComparingTo("66.7");
        assertThat(RollUp.RATIO.combine(n("1"), n("8"), 1, 1)).isEqualByComparingTo("12.5");
        assertThat(RollUp.RATIO.combine(n("1"), n("16"), 1, 1)).isEqualByComparingTo("6.3");
    }

    @Test
    void countsAndMoneySumAndDaysAverageAcrossOrganisations() {
        assertThat(KpiUnit.COUNT.rollUp()).isEqualTo(RollUp.SUM);
        assertThat(KpiUnit.MONEY.rollUp()).isEqualTo(RollUp.SUM);
        assertThat(KpiUnit.PERCENTAGE.rollUp().label()).isEqualTo("sum of numerators ÷ sum of denominators");
        assertThat(RollUp.SUM.combine(n("12"), null, 3, 0)).isEqualByComparingTo("12");
        assertThat(RollUp.MEAN.combine(n("50"), null, 4, 1)).isEqualByComparingTo("12.5");
    }

    @Test
    void nothingCollectedRollsUpToNoFigure() {
        assertThat(RollUp.SUM.combine(BigDecimal.ZERO, null, 0, 0)).isNull();
    }

    @Test
    void figuresAreWrittenInTheirUnit() {
        assertThat(KpiUnit.PERCENTAGE.format(n("82.66"))).isEqualTo("82.7%");
        assertThat(KpiUnit.COUNT.format(n("1234"))).isEqualTo("1,234");
        assertThat(KpiUnit.MONEY.format(n("12000"))).isEqualTo("£12,000");
        assertThat(KpiUnit.WEEKS.format(n("18"))).isEqualTo("18 weeks");
    }

    @Test
    void theChartCarriesATitleADescriptionAndEveryFigure() {
        KpiFigure spring = new KpiFigure(
                ReportingPeriod.parse(ReportingFrequency.TERMLY, "Spring 2026"),
                n("41"),
                n("41"),
                n("100"),
                3,
                n("42"),
                KpiStatus.of(n("41"), n("42"), Direction.HIGHER_IS_BETTER, n("2")),
                Trend.NOT_KNOWN);
        String svg = KpiChart.svg("Mainstream <placements>", KpiUnit.PERCENTAGE, List.of(spring));
        assertThat(svg)
                .contains(
                        "<title id=\"kpi-chart-title\">Mainstream &lt;placements&gt;: figures against targets</title>")
                .contains("<desc id=\"kpi-chart-desc\">")
                .contains("Spring 2026: figure 41%, target 42%, Amber");
    }
}

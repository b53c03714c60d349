package org.sendplan.portal.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReturnRulesTests {

    static final FieldDefinition ON_ROLL = FieldDefinition.wholeNumber("Pupils on roll", true)
            .withCode("on_roll")
            .commentAbove(new BigDecimal("20"));
    static final FieldDefinition EHCP = FieldDefinition.wholeNumber("Pupils with an EHC plan", true)
            .withCode("ehcp")
            .notMoreThan("on_roll");
    static final FieldDefinition SPEND = new FieldDefinition(
            null,
            "spend",
            "Notional SEN spend",
            FieldType.DECIMAL,
            false,
            BigDecimal.ZERO,
            new BigDecimal("1000000"),
            null,
            null,
            null,
            null);
    static final List<FieldDefinition> FIELDS = List.of(ON_ROLL, EHCP, SPEND);

    private static List<FieldProblem> submit(Map<String, FieldEntry> entries, Map<String, BigDecimal> previous) {
        return ReturnRules.check(FIELDS, entries, previous, true);
    }

    private static List<FieldProblem> draft(Map<String, FieldEntry> entries) {
        return ReturnRules.check(FIELDS, entries, Map.of(), false);
    }

    @Test
    void aSubmissionNeedsEveryRequiredFigure() {
        assertThat(submit(Map.of("on_roll", FieldEntry.of("120")), Map.of()))
                .containsExactly(new FieldProblem("ehcp", "Enter a figure, or mark it not applicable and say why"));
    }

    @Test
    void aDraftMayLeaveRequiredFiguresBlank() {
        assertThat(draft(Map.of("on_roll", FieldEntry.of("120")))).isEmpty();
    }

    @Test
    void aWholeNumberFieldRefusesDecimalsAndWords() {
        assertThat(draft(Map.of("on_roll", FieldEntry.of("120.5"), "ehcp", FieldEntry.of("twelve"))))
                .containsExactly(
                        new FieldProblem("on_roll", "Enter a whole number, like 121"),
                        new FieldProblem("ehcp", "'twelve' is not a number like 120"));
    }

    @Test
    void thousandsSeparatorsAreRead() {
        assertThat(ReturnRules.parse(ON_ROLL, "1,250")).isEqualByComparingTo("1250");
        assertThat(ReturnRules.parse(SPEND, "12,345.67")).isEqualByComparingTo("12345.67");
    }

    @Test
    void aDecimalFieldTakesDecimalsWithinItsRange() {
        assertThat(draft(Map.of("spend", FieldEntry.of("2500.50")))).isEmpty();
        assertThat(draft(Map.of("spend", FieldEntry.of("-1"))))
                .containsExactly(new FieldProblem("spend", "Must be at least 0"));
        assertThat(draft(Map.of("spend", FieldEntry.of("1000001"))))
                .containsExactly(new FieldProblem("spend", "Must be at most 1,000,000"));
    }

    @Test
    void pupilsWithAnEhcPlanCannotOutnumberPupilsOnRoll() {
        assertThat(draft(Map.of("on_roll", FieldEntry.of("100"), "ehcp", FieldEntry.of("101"))))
                .containsExactly(new FieldProblem("ehcp", "Cannot be more than pupils on roll (100)"));
        assertThat(draft(Map.of("on_roll", FieldEntry.of("100"), "ehcp", FieldEntry.of("100"))))
                .isEmpty();
    }

    @Test
    void aBigChangeFromLastPeriodNeedsAComment() {
        Map<String, BigDecimal> lastPeriod = Map.of("on_roll", new BigDecimal("100"));
        assertThat(submit(Map.of("on_roll", FieldEntry.of("130"), "ehcp", FieldEntry.of("5")), lastPeriod))
                .containsExactly(new FieldProblem(
                        "on_roll",
                        "This is 30% more than last period's accepted figure (100): say why in the comment"));
        assertThat(submit(
                        Map.of(
                                "on_roll",
                                FieldEntry.of("130").withComment("New resourced provision opened"),
                                "ehcp",
                                FieldEntry.of("5")),
                        lastPeriod))
                .isEmpty();
    }

    @Test
    void aChangeWithinTheThresholdNeedsNoComment() {
        assertThat(submit(
                        Map.of("on_roll", FieldEntry.of("80"), "ehcp", FieldEntry.of("5")),
                        Map.of("on_roll", new BigDecimal("100"))))
                .isEmpty();
    }

    @Test
    void aDraftIsNotAskedForChangeComments() {
        assertThat(ReturnRules.check(
                        FIELDS,
                        Map.of("on_roll", FieldEntry.of("300")),
                        Map.of("on_roll", new BigDecimal("100")),
                        false))
                .isEmpty();
    }

    @Test
    void notApplicableNeedsAReason() {
        assertThat(submit(Map.of("on_roll", FieldEntry.of("100"), "ehcp", FieldEntry.notApplicable(" ")), Map.of()))
                .containsExactly(new FieldProblem("ehcp", "Say why it does not apply to your school"));
        assertThat(submit(
                        Map.of(
                                "on_roll",
                                FieldEntry.of("100"),
                                "ehcp",
                                FieldEntry.notApplicable("We are a nursery: no EHC plans yet")),
                        Map.of()))
                .isEmpty();
    }

    @Test
    void typingNotApplicableInAFigureAsksForTheTickAndAReason() {
        assertThat(draft(Map.of("on_roll", FieldEntry.of("N/A"))))
                .containsExactly(new FieldProblem(
                        "on_roll", "Tick 'Not applicable' and give the reason, rather than typing 'N/A'"));
    }

    @Test
    void aFigureAndNotApplicableTogetherAreRefused() {
        assertThat(draft(Map.of("on_roll", new FieldEntry("12", true, "Closed", ""))))
                .containsExactly(
                        new FieldProblem("on_roll", "Either enter a figure or mark it not applicable, not both"));
    }
}

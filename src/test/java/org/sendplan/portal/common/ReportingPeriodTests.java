package org.sendplan.portal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodTests {

    @ParameterizedTest
    @CsvSource({
        "MONTHLY, March 2026, March 2026",
        "MONTHLY, mar 2026, March 2026",
        "TERMLY, Spring 2026, Spring 2026",
        "TERMLY, spring term 2026, Spring 2026",
        "ACADEMIC_YEAR, 2025/26 academic year, 2025/26 academic year",
        "ACADEMIC_YEAR, 2025-26, 2025/26 academic year",
        "FINANCIAL_YEAR, 2025/26, 2025/26"
    })
    void periodsReadAsPeopleWriteThemAndShowOneWay(ReportingFrequency frequency, String written, String shown) {
        assertThat(ReportingPeriod.parse(frequency, written).label()).isEqualTo(shown);
    }

    @Test
    void aLabelThatDoesNotFitTheFrequencySaysWhatWasExpected() {
        assertThatThrownBy(() -> ReportingPeriod.parse(ReportingFrequency.TERMLY, "March 2026"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("'March 2026' is not a termly period like Spring 2026");
        assertThatThrownBy(() -> ReportingPeriod.parse(ReportingFrequency.FINANCIAL_YEAR, "2025/27"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the second year must follow the first");
    }

    @Test
    void termsRunAutumnSpringSummerAcrossTheCalendarYear() {
        ReportingPeriod autumn = ReportingPeriod.parse(ReportingFrequency.TERMLY, "Autumn 2025");
        assertThat(autumn.next()).hasToString("Spring 2026");
        assertThat(autumn.next().next()).hasToString("Summer 2026");
        assertThat(autumn.next().next().next()).hasToString("Autumn 2026");
        assertThat(autumn.previous()).hasToString("Summer 2025");
        assertThat(autumn.next().previous()).isEqualTo(autumn);
    }

    @Test
    void aDateFallsInOnePeriodOfEachFrequency() {
        LocalDate date = LocalDate.of(2026, 2, 14);
        assertThat(ReportingPeriod.containing(ReportingFrequency.MONTHLY, date)).hasToString("February 2026");
        assertThat(ReportingPeriod.containing(ReportingFrequency.TERMLY, date)).hasToString("Spring 2026");
        assertThat(ReportingPeriod.containing(ReportingFrequency.ACADEMIC_YEAR, date))
                .hasToString("2025/26 academic year");
        assertThat(ReportingPeriod.containing(ReportingFrequency.FINANCIAL_YEAR, date))
                .hasToString("2025/26");
    }

    @Test
    void aPeriodEndsTheDayBeforeTheNextBegins() {
        assertThat(ReportingPeriod.parse(ReportingFrequency.MONTHLY, "February 2028")
                        .lastDay())
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ReportingPeriod.parse(ReportingFrequency.TERMLY, "Summer 2026")
                        .lastDay())
                .isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(ReportingPeriod.parse(ReportingFrequency.FINANCIAL_YEAR, "2025/26")
                        .lastDay())
                .isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void decemberIsFollowedByJanuaryOfTheNextYear() {
        assertThat(ReportingPeriod.parse(ReportingFrequency.MONTHLY, "December 2025")
                        .next())
                .hasToString("January 2026");
        assertThat(ReportingPeriod.parse(ReportingFrequency.MONTHLY, "January 2026")
                        .previous())
                .hasToString("December 2025");
    }
}

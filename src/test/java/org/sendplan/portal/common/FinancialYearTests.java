package org.sendplan.portal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTests {

    @ParameterizedTest
    @ValueSource(strings = {"2021/22", "2021-22", "2021/2022", "FY2021/22", " 2021 / 22 "})
    void councilSpellingsOfAFinancialYearAllRead(String text) {
        assertThat(FinancialYear.parse(text)).hasToString("2021/22");
    }

    @Test
    void theSecondYearMustFollowTheFirst() {
        assertThatThrownBy(() -> FinancialYear.parse("2021/23"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the second year must follow the first");
    }

    @Test
    void theCenturyTurnsCorrectly() {
        assertThat(FinancialYear.parse("2099/00").next()).hasToString("2100/01");
    }

    @Test
    void aFinancialYearRunsFromAprilToMarch() {
        assertThat(FinancialYear.containing(LocalDate.of(2022, 3, 31))).hasToString("2021/22");
        assertThat(FinancialYear.containing(LocalDate.of(2022, 4, 1))).hasToString("2022/23");
    }
}

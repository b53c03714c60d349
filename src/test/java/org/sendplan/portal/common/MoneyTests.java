package org.sendplan.portal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void amountsAreReadAsCouncilsWriteThem() {
        assertThat(Money.parse("£1,234.50")).isEqualByComparingTo("1234.50");
        assertThat(Money.parse("(2,000)")).isEqualByComparingTo("-2000");
        assertThat(Money.parse("-46")).isEqualByComparingTo("-46");
    }

    @Test
    void fractionsOfAPennyAreRefusedNotRounded() {
        assertThatThrownBy(() -> Money.parse("1.005"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fractions of a penny");
    }

    @Test
    void textThatIsNotMoneyIsRefusedWithItsOwnWords() {
        assertThatThrownBy(() -> Money.parse("N/A"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("'N/A' is not an amount of money like 1,234.50");
    }

    @Test
    void amountsAreWrittenInPoundsWithThousandsSeparators() {
        assertThat(Money.format(new BigDecimal("1234567"))).isEqualTo("£1,234,567");
        assertThat(Money.format(new BigDecimal("-18000.50"))).isEqualTo("-£18,000.50");
    }

    @Test
    void aTableInThousandsWritesWholeThousandsWithK() {
        assertThat(Money.format(new BigDecimal("1176000"), MoneyUnit.THOUSANDS)).isEqualTo("£1,176k");
        assertThat(Money.format(new BigDecimal("-67000.00"), MoneyUnit.THOUSANDS))
                .isEqualTo("-£67k");
    }

    @Test
    void aTableInMillionsWritesMillionsWithM() {
        assertThat(Money.format(new BigDecimal("1176000"), MoneyUnit.MILLIONS)).isEqualTo("£1.176m");
        assertThat(Money.format(new BigDecimal("2000000"), MoneyUnit.MILLIONS)).isEqualTo("£2m");
    }

    @Test
    void aTableInPoundsWritesEveryPound() {
        assertThat(Money.format(new BigDecimal("1176000"), MoneyUnit.POUNDS)).isEqualTo("£1,176,000");
    }

    @Test
    void formattingInALargerUnitNeverHidesPoundsByRounding() {
        assertThat(Money.format(new BigDecimal("1176500"), MoneyUnit.THOUSANDS)).isEqualTo("£1,176.5k");
        assertThat(Money.format(new BigDecimal("1176001"), MoneyUnit.MILLIONS)).isEqualTo("£1.176001m");
    }

    @Test
    void aBareFigureIsReadInTheTablesUnit() {
        assertThat(Money.parse("37", MoneyUnit.THOUSANDS)).isEqualByComparingTo("37000");
        assertThat(Money.parse("37k", MoneyUnit.THOUSANDS)).isEqualByComparingTo("37000");
        assertThat(Money.parse("1.176m", MoneyUnit.THOUSANDS)).isEqualByComparingTo("1176000");
        assertThat(Money.parse("(2.5)", MoneyUnit.MILLIONS)).isEqualByComparingTo("-2500000");
        assertThat(Money.parse("£1,234.50", MoneyUnit.POUNDS)).isEqualByComparingTo("1234.50");
    }

    @Test
    void aFigureThatComesToAFractionOfAPennyIsRefused() {
        assertThatThrownBy(() -> Money.parse("0.000001", MoneyUnit.THOUSANDS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("'0.000001' comes to a fraction of a penny");
        assertThatThrownBy(() -> Money.parse("lots", MoneyUnit.THOUSANDS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("'lots' is not an amount of money like 1,234.50");
    }
}

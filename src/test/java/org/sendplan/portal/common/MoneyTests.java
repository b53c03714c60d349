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
        assertThatThrownBy(() -> Money.parse("1.005")).isInstanceOf(InvalidInputException.class).hasMessageContaining("fractions of a penny");
    }

    @Test
    void textThatIsNotMoneyIsRefusedWithItsOwnWords() {
        assertThatThrownBy(() -> Money.parse("N/A")).isInstanceOf(InvalidInputException.class).hasMessage("'N/A' is not an amount of money like 1,234.50");
    }

    @Test
    void amountsAreWrittenInPoundsWithThousandsSeparators() {
        assertThat(Money.format(new BigDecimal("1234567"))).isEqualTo("£1,234,567");
        assertThat(Money.format(new BigDecimal("-18000.50"))).isEqualTo("-£18,000.50");
    }
}

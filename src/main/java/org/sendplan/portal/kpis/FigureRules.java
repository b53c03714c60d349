package org.sendplan.portal.kpis;

import java.math.BigDecimal;
import org.sendplan.portal.common.InvalidInputException;

/** What makes a figure acceptable for a unit, whether the LA typed it or a return brought it. */
final class FigureRules {

    private FigureRules() {}

    /** {@code about} prefixes each message ("St Mary's, Internships offered: ") so a list of figures names the bad one. */
    static void check(KpiUnit unit, BigDecimal numerator, BigDecimal denominator, String about) {
        if (numerator == null) {
            throw new InvalidInputException(
                    "numerator",
                    about + (unit == KpiUnit.PERCENTAGE ? "Enter the numerator (how many)" : "Enter a figure"));
        }
        if (numerator.signum() < 0) {
            throw new InvalidInputException("numerator", about + "A figure cannot be negative");
        }
        if (unit == KpiUnit.COUNT && numerator.stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException(
                    "numerator", about + "A count is a whole number, not " + numerator.toPlainString());
        }
        if (unit != KpiUnit.PERCENTAGE) {
            if (denominator != null) {
                throw new InvalidInputException("denominator", about + "Only a percentage has a denominator");
            }
            return;
        }
        if (denominator == null) {
            throw new InvalidInputException(
                    "denominator", about + "A percentage needs its denominator (how many it is out of)");
        }
        if (denominator.signum() <= 0) {
            throw new InvalidInputException("denominator", about + "The denominator must be more than zero");
        }
        if (numerator.compareTo(denominator) > 0) {
            throw new InvalidInputException(
                    "numerator",
                    about + "The numerator (" + numerator.toPlainString() + ") cannot be more than the denominator ("
                            + denominator.toPlainString() + ")");
        }
    }
}

package org.sendplan.portal.common;

/**
 * The unit a table of money is printed in. Amounts are always held in pounds; the unit only decides
 * how they are written and how a bare figure someone types is read (37 in a £000s table is £37,000).
 */
public enum MoneyUnit {
    POUNDS("£", 0, ""),
    THOUSANDS("£000s", 3, "k"),
    MILLIONS("£m", 6, "m");

    private final String label;
    private final int powerOfTen;
    private final String suffix;

    MoneyUnit(String label, int powerOfTen, String suffix) {
        this.label = label;
        this.powerOfTen = powerOfTen;
        this.suffix = suffix;
    }

    /** As a column heading says it: "£000s". */
    public String label() {
        return label;
    }

    int powerOfTen() {
        return powerOfTen;
    }

    /** What follows a figure in this unit: "k" in £1,176k. */
    public String suffix() {
        return suffix;
    }
}

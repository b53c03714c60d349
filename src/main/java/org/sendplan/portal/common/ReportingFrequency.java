package org.sendplan.portal.common;

/** How often a measure is reported, and so how its periods are named. */
public enum ReportingFrequency {
    MONTHLY("Monthly", "March 2026"),
    TERMLY("Termly", "Spring 2026"),
    ACADEMIC_YEAR("Annual (academic year)", "2025/26 academic year"),
    FINANCIAL_YEAR("Financial year", "2025/26");

    private final String label;
    private final String example;

    ReportingFrequency(String label, String example) {
        this.label = label;
        this.example = example;
    }

    public String label() {
        return label;
    }

    /** A period of this frequency as people write it, for hints and error messages. */
    public String example() {
        return example;
    }
}

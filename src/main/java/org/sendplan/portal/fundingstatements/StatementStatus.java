package org.sendplan.portal.fundingstatements;

public enum StatementStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted to the local authority");

    private final String label;

    StatementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

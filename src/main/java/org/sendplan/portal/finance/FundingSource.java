package org.sendplan.portal.finance;

/** Who pays for a proposal item: the Dedicated Schools Grant or the council's own money. */
public enum FundingSource {
    DSG("DSG"),
    COUNCIL("Council");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

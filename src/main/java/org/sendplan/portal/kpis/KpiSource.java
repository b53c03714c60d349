package org.sendplan.portal.kpis;

/** Where a KPI's figures come from: typed by the LA, rolled up from returns, or copied from national statistics. */
public enum KpiSource {
    ENTERED_BY_LA("Entered by the LA"),
    COLLECTED_FROM_ORGANISATIONS("Collected from organisations"),
    NATIONAL_STATISTICS("National statistics");

    private final String label;

    KpiSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Collected KPIs get their figures from accepted returns only, so nobody types over a roll-up. */
    public boolean enteredByHand() {
        return this != COLLECTED_FROM_ORGANISATIONS;
    }
}

package org.sendplan.portal.kpis;

/** A period's figure against the period before, judged by the KPI's direction. */
public enum Trend {
    IMPROVING("Improving"),
    WORSENING("Worsening"),
    UNCHANGED("Unchanged"),
    NOT_KNOWN("No earlier figure");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

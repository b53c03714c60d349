package org.sendplan.portal.kpis;

/** Ways a KPI's figures are split. Planning area, phase and setting type follow a school's organisation details. */
public enum KpiBreakdown {
    PLANNING_AREA("Planning area"),
    SCHOOL_PHASE("School phase"),
    SETTING_TYPE("Setting type"),
    AGE_BAND("Age band");

    private final String label;

    KpiBreakdown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

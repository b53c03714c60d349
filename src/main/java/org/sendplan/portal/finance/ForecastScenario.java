package org.sendplan.portal.finance;

/** A forecast read as things are, or with the plan's savings phased in. */
public enum ForecastScenario {
    AS_IS("As is"),
    WITH_THE_PLAN("With the plan");

    private final String label;

    ForecastScenario(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.sendplan.portal.fundingstatements;

/** What a notional SEN budget is spent on, as statements group it. */
public enum SpendCategory {
    STAFFING("Staffing and teaching assistants", "staffing"),
    SENCO_TIME("SENCO time", "sencoTime"),
    INTERVENTIONS("Interventions", "interventions"),
    TRAINING("Training", "training"),
    RESOURCES("Resources", "resources"),
    BOUGHT_IN_SERVICES("Bought-in services", "boughtInServices");

    private final String label;
    private final String property;

    SpendCategory(String label, String property) {
        this.label = label;
        this.property = property;
    }

    public String label() {
        return label;
    }

    /** Its field in {@link SenFundingDraft} and in the API, so a refusal names the field people typed in. */
    public String property() {
        return property;
    }
}

package org.sendplan.portal.participation;

/** Whether a proposal's estimate is what it would cost or what it would save. */
public enum EstimateKind {
    COST("Cost"),
    SAVING("Saving");

    private final String label;

    EstimateKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.sendplan.portal.participation;

/** The LA's answer to a proposal. */
public enum ProposalOutcome {
    UNDER_CONSIDERATION("Under consideration"),
    TAKEN_INTO_PLAN("Taken into the plan"),
    NOT_TAKEN_FORWARD("Not taken forward");

    private final String label;

    ProposalOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

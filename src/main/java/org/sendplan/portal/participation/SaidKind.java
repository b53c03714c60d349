package org.sendplan.portal.participation;

/** What someone said that an LA officer may link to the change it led to. */
public enum SaidKind {
    COMMENT("Comment"),
    ANSWER("Consultation answer"),
    PROPOSAL("Proposal");

    private final String label;

    SaidKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

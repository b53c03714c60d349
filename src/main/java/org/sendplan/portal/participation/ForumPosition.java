package org.sendplan.portal.participation;

/** Where the parent carer forum stands on a plan version. */
public enum ForumPosition {
    ENDORSED("Endorsed"),
    ENDORSED_WITH_RESERVATIONS("Endorsed with reservations"),
    NOT_ENDORSED("Not endorsed");

    private final String label;

    ForumPosition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.sendplan.portal.finance;

/** Where a resource proposal is in its life: drafted, put to the board, then decided. */
public enum ProposalStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted to the board"),
    APPROVED("Approved"),
    APPROVED_WITH_CHANGES("Approved with changes"),
    REJECTED("Rejected"),
    DEFERRED("Deferred");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A decided proposal is the board's record and never changes; a change makes a new version. */
    public boolean decided() {
        return this != DRAFT && this != SUBMITTED;
    }
}

package org.sendplan.portal.returns;

import org.sendplan.portal.common.InvalidInputException;

/**
 * Where a school's return stands: not started → draft → submitted → accepted, or queried by the LA →
 * resubmitted → accepted. Accepted returns are locked until the LA reopens them with a reason, which
 * puts them back with the school as queried.
 */
public enum ReturnStatus {
    NOT_STARTED("Not started"),
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    QUERIED("Queried"),
    RESUBMITTED("Resubmitted"),
    ACCEPTED("Accepted");

    private final String label;

    ReturnStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The school may change its answers. */
    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == QUERIED;
    }

    /** Waiting for the LA to accept or query it. */
    public boolean awaitingLa() {
        return this == SUBMITTED || this == RESUBMITTED;
    }

    /** The school has sent it at least once and it is not back with them. */
    public boolean handedIn() {
        return awaitingLa() || this == ACCEPTED;
    }

    /** The status after the action, or a refusal that says why in plain words. */
    public ReturnStatus after(ReturnAction action) {
        ReturnStatus next = switch (action) {
            case SAVE_DRAFT -> this == NOT_STARTED || this == DRAFT ? DRAFT : this == QUERIED ? QUERIED : null;
            case SUBMIT -> this == NOT_STARTED || this == DRAFT ? SUBMITTED : this == QUERIED ? RESUBMITTED : null;
            case QUERY, ACCEPT -> awaitingLa() ? (action == ReturnAction.ACCEPT ? ACCEPTED : QUERIED) : null;
            case REOPEN -> this == ACCEPTED ? QUERIED : null;
        };
        if (next == null) {
            throw new InvalidInputException(refusal(action));
        }
        return next;
    }

    private String refusal(ReturnAction action) {
        return switch (action) {
            case SAVE_DRAFT, SUBMIT ->
                this == ACCEPTED
                        ? "This return has been accepted and is locked; the LA can reopen it"
                        : "This return has been submitted and is with the LA; it can be changed again if the LA queries it";
            case QUERY, ACCEPT ->
                this == ACCEPTED
                        ? "This return has already been accepted; reopen it to query it"
                        : "Only a submitted return can be " + (action == ReturnAction.ACCEPT ? "accepted" : "queried")
                                + "; this one is " + label.toLowerCase();
            case REOPEN -> "Only an accepted return can be reopened; this one is " + label.toLowerCase();
        };
    }
}

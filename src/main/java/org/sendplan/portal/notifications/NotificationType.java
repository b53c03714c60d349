package org.sendplan.portal.notifications;

/** What a notification is about; people choose how each type reaches them by e-mail. */
public enum NotificationType {
    REPLY("Replies to my comments"),
    MENTION("Mentions of me"),
    PROPOSAL_RESPONSE("Responses to my proposals"),
    CONSULTATION_OPENED("Consultations opening"),
    CONSULTATION_CLOSING("Consultations about to close"),
    CONSULTATION_CLOSED("Consultations closed"),
    SIGN_OFF_REQUESTED("Sign-off requested"),
    DECISION_ON_WHAT_I_RAISED("Decisions on what I raised"),
    RETURN_QUERIED("Returns queried by the local authority"),
    RETURN_DUE("Returns due soon or overdue");

    private final String label;

    NotificationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

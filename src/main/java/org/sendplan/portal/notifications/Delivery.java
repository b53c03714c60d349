package org.sendplan.portal.notifications;

/** How one type of notification reaches a person by e-mail; it always shows in the portal. */
public enum Delivery {
    AT_ONCE("At once"),
    DAILY_DIGEST("In a daily digest"),
    OFF("Not by e-mail");

    /** Never more than one e-mail a day unless the person chooses otherwise. */
    public static final Delivery DEFAULT = DAILY_DIGEST;

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.sendplan.portal.participation;

/** Where today falls against a consultation's window, by the portal's clock in UK time. */
public enum WindowState {
    NOT_YET_OPEN("Not open yet"),
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    WindowState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

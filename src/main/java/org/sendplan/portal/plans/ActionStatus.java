package org.sendplan.portal.plans;

public enum ActionStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    ON_HOLD("On hold"),
    COMPLETE("Complete");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the label or the constant name, as an exported table writes it. */
    public static java.util.Optional<ActionStatus> fromText(String text) {
        String t = text == null ? "" : text.trim();
        return java.util.Arrays.stream(values())
                .filter(s -> s.label.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t.replace(' ', '_')))
                .findFirst();
    }
}

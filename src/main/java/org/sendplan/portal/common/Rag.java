package org.sendplan.portal.common;

/** Red / amber / green status, plus grey for "no data yet", which is said, never hidden. */
public enum Rag {
    RED("Red", "Off track"),
    AMBER("Amber", "At risk"),
    GREEN("Green", "On track"),
    GREY("Grey", "No data");

    private final String label;
    private final String meaning;

    Rag(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    /** Words to show beside the colour, so status never depends on colour alone (WCAG 1.4.1). */
    public String meaning() {
        return meaning;
    }
}

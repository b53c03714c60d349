package org.sendplan.portal.kpis;

/** Whether a rising figure is good news (internships offered) or bad (weeks waited). */
public enum Direction {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

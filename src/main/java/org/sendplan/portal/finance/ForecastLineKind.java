package org.sendplan.portal.finance;

/**
 * The kinds of line in a High Needs forecast. Funding, contributions and plan savings reduce the
 * deficit, so they are held and shown as negatives, as the papers print them.
 */
public enum ForecastLineKind {
    EXPENDITURE("Expenditure", false),
    FUNDING("Funding", true),
    CONTRIBUTION("LA contribution to the deficit", true),
    PLAN_SAVING("Savings from the plan", true);

    private final String label;
    private final boolean shownNegative;

    ForecastLineKind(String label, boolean shownNegative) {
        this.label = label;
        this.shownNegative = shownNegative;
    }

    public String label() {
        return label;
    }

    public boolean shownNegative() {
        return shownNegative;
    }
}

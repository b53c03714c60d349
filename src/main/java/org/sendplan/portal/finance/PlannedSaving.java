package org.sendplan.portal.finance;

import java.io.Serializable;
import java.util.UUID;

/**
 * One action's savings as a forecast reads them: phased into the forecast's years (positive, as the
 * action states them) and the number of years its benefits-realisation timescale was read as.
 */
public record PlannedSaving(
        UUID planId,
        UUID actionId,
        String themeTitle,
        String activity,
        String timescale,
        int yearsToRealise,
        YearlyAmounts phased)
        implements Serializable {

    /** The same savings as a forecast line: negative, as the papers print savings that reduce expenditure. */
    public ForecastLineDraft asForecastLine() {
        return new ForecastLineDraft(ForecastLineKind.PLAN_SAVING, activity, phased.negated());
    }
}

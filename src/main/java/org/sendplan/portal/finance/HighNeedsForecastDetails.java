package org.sendplan.portal.finance;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.sendplan.portal.common.FinancialYear;

/**
 * One version of a High Needs forecast with its lines and, when it is read with a delivery plan, that
 * plan's savings phased into its years.
 */
public record HighNeedsForecastDetails(
        UUID id,
        ForecastDraft draft,
        List<ForecastLineDraft> lines,
        String lastChangedBy,
        Instant lastChangedAt,
        long version,
        UUID planId,
        String planTitle,
        List<PlannedSaving> planSavings)
        implements Serializable {

    public HighNeedsForecastDetails(
            UUID id,
            ForecastDraft draft,
            List<ForecastLineDraft> lines,
            String lastChangedBy,
            Instant lastChangedAt,
            long version) {
        this(id, draft, lines, lastChangedBy, lastChangedAt, version, null, null, List.of());
    }

    public List<FinancialYear> years() {
        return draft.years();
    }

    public boolean readWithPlan() {
        return planId != null;
    }

    /** The typed lines, with the plan's savings as lines of their own when the forecast is read with a plan. */
    public HighNeedsForecastTotals totals(ForecastScenario scenario) {
        List<ForecastLineDraft> all = Stream.concat(
                        lines.stream(), planSavings.stream().map(PlannedSaving::asForecastLine))
                .toList();
        return new HighNeedsForecastTotals(all, years(), draft.openingDeficit(), scenario);
    }

    HighNeedsForecastDetails withPlan(String title, List<PlannedSaving> savings) {
        return new HighNeedsForecastDetails(
                id, draft, lines, lastChangedBy, lastChangedAt, version, planId, title, savings);
    }
}

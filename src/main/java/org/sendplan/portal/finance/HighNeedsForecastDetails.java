package org.sendplan.portal.finance;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.common.FinancialYear;

/** One version of a High Needs forecast with its lines. */
public record HighNeedsForecastDetails(UUID id, ForecastDraft draft, List<ForecastLineDraft> lines, String lastChangedBy,
        Instant lastChangedAt, long version) implements Serializable {

    public List<FinancialYear> years() {
        return draft.years();
    }

    public HighNeedsForecastTotals totals(ForecastScenario scenario) {
        return new HighNeedsForecastTotals(lines, years(), draft.openingDeficit(), scenario);
    }
}

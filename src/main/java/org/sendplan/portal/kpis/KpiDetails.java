package org.sendplan.portal.kpis;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A KPI in full: its definition, its figures period by period (overall), the latest period's figures
 * per breakdown, the figures the LA entered, and the actions it measures.
 */
public record KpiDetails(
        UUID id,
        KpiDraft draft,
        List<KpiFigure> figures,
        List<BreakdownFigure> breakdownFigures,
        List<RecordedValue> entered,
        Set<UUID> linkedActionIds,
        String lastChangedBy,
        Instant lastChangedAt,
        long version)
        implements Serializable {

    /** The latest period with a figure, or the last period with a target when there is no figure yet. */
    public KpiFigure latest() {
        return KpiFigures.latest(figures);
    }

    public RollUp rollUp() {
        return draft.unit().rollUp();
    }
}

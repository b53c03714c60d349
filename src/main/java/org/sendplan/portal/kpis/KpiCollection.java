package org.sendplan.portal.kpis;

import java.util.List;
import java.util.UUID;
import org.sendplan.portal.common.ReportingPeriod;

/**
 * What returns need of KPIs: which KPIs a field may feed, and where accepted figures go. Each call
 * acts in the current tenant; a source (an accepted return) contributes at most one figure per KPI
 * and organisation, so recording again replaces and withdrawing (a reopened return) removes.
 */
public interface KpiCollection {

    /** The current tenant's KPIs whose source is "collected from organisations", by name. */
    List<CollectableKpi> collectableKpis();

    /** Replaces whatever this source contributed before with these figures for the period. */
    void recordCollected(UUID sourceId, ReportingPeriod period, List<CollectedValue> values);

    /** Removes everything this source contributed, as when an accepted return is reopened. */
    void withdrawCollected(UUID sourceId);
}

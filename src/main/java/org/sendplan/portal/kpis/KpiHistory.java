package org.sendplan.portal.kpis;

import java.util.List;
import java.util.UUID;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.kpis.internal.KpiChange;
import org.sendplan.portal.kpis.internal.KpiChanges;
import org.springframework.stereotype.Component;

/** Writes the history of every change to a KPI's definition or figures, naming the person who made it. */
@Component
class KpiHistory {

    private final KpiChanges changes;
    private final CurrentUser currentUser;

    KpiHistory(KpiChanges changes, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.changes = changes;
    }

    void record(UUID kpiId, String summary) {
        changes.save(new KpiChange(kpiId, currentUser.displayName(), summary));
    }

    List<KpiChangeRecord> of(UUID kpiId) {
        return changes.findByKpiIdOrderByChangedAtDesc(kpiId).stream()
                .map(KpiChange::toRecord)
                .toList();
    }
}

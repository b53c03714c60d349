package org.sendplan.portal.kpis;

import java.util.List;
import java.util.UUID;
import org.sendplan.portal.identity.SignInService;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.kpis.internal.KpiChange;
import org.sendplan.portal.kpis.internal.KpiChanges;
import org.springframework.stereotype.Component;

/** Writes the history of every change to a KPI's definition or figures, naming the person who made it. */
@Component
class KpiHistory {

    private final KpiChanges changes;
    private final SignInService signIn;

    KpiHistory(KpiChanges changes, SignInService signIn) {
        this.changes = changes;
        this.signIn = signIn;
    }

    String currentPerson() {
        return signIn.currentUser().map(SignedInUser::displayName).orElse("System");
    }

    void record(UUID kpiId, String summary) {
        changes.save(new KpiChange(kpiId, currentPerson(), summary));
    }

    List<KpiChangeRecord> of(UUID kpiId) {
        return changes.findByKpiIdOrderByChangedAtDesc(kpiId).stream()
                .map(KpiChange::toRecord)
                .toList();
    }
}

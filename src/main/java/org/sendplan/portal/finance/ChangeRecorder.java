package org.sendplan.portal.finance;

import java.util.List;
import java.util.UUID;
import org.sendplan.portal.finance.internal.FinanceChange;
import org.sendplan.portal.finance.internal.FinanceChanges;
import org.sendplan.portal.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** Writes the history of every change to a finance table, naming the person who made it. */
@Component
class ChangeRecorder {

    private final FinanceChanges changes;
    private final CurrentUser currentUser;

    ChangeRecorder(FinanceChanges changes, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.changes = changes;
    }

    void record(String subjectKind, UUID subjectId, String summary) {
        changes.save(new FinanceChange(subjectKind, subjectId, currentUser.displayName(), summary));
    }

    List<FinanceChangeRecord> historyOf(UUID subjectId) {
        return changes.findBySubjectIdOrderByChangedAtDesc(subjectId).stream()
                .map(FinanceChange::toRecord)
                .toList();
    }
}

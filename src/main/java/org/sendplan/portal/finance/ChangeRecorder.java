package org.sendplan.portal.finance;

import java.util.List;
import java.util.UUID;
import org.sendplan.portal.finance.internal.FinanceChange;
import org.sendplan.portal.finance.internal.FinanceChanges;
import org.sendplan.portal.identity.SignInService;
import org.sendplan.portal.identity.SignedInUser;
import org.springframework.stereotype.Component;

/** Writes the history of every change to a finance table, naming the person who made it. */
@Component
class ChangeRecorder {

    private final FinanceChanges changes;
    private final SignInService signIn;

    ChangeRecorder(FinanceChanges changes, SignInService signIn) {
        this.changes = changes;
        this.signIn = signIn;
    }

    String currentPerson() {
        return signIn.currentUser().map(SignedInUser::displayName).orElse("System");
    }

    void record(String subjectKind, UUID subjectId, String summary) {
        changes.save(new FinanceChange(subjectKind, subjectId, currentPerson(), summary));
    }

    List<FinanceChangeRecord> historyOf(UUID subjectId) {
        return changes.findBySubjectIdOrderByChangedAtDesc(subjectId).stream()
                .map(FinanceChange::toRecord)
                .toList();
    }
}

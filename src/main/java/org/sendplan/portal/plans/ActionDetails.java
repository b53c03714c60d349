package org.sendplan.portal.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.common.Rag;

public record ActionDetails(
        UUID id,
        UUID planId,
        UUID themeId,
        String themeTitle,
        String activity,
        String measure,
        String expectedChange,
        String rationale,
        SavingsRating savingsRating,
        String savingsNarrative,
        String benefitsRealisation,
        String lead,
        String capacityNote,
        UUID ownerId,
        String ownerName,
        LocalDate dueDate,
        ActionStatus status,
        Rag rag,
        List<String> partners,
        List<MilestoneDraft> milestones,
        List<SavingEstimate> savings,
        Instant updatedAt,
        String updatedBy,
        long version) {

    public ActionDraft toDraft() {
        return new ActionDraft(
                themeId,
                activity,
                measure,
                expectedChange,
                rationale,
                savingsRating,
                savingsNarrative,
                benefitsRealisation,
                lead,
                capacityNote,
                ownerId,
                dueDate,
                status,
                partners,
                milestones,
                savings);
    }

    public boolean overdueOn(LocalDate today) {
        boolean late = dueDate != null && dueDate.isBefore(today) && status != ActionStatus.COMPLETE;
        return late || milestones.stream().anyMatch(m -> m.overdueOn(today));
    }
}

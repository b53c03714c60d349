package org.sendplan.portal.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The editable fields of an action: the columns of a council's plan table, plus what a live plan
 * needs. RAG is absent on purpose: it moves only through a progress update.
 */
public record ActionDraft(
        UUID themeId,
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
        LocalDate dueDate,
        ActionStatus status,
        List<String> partners,
        List<MilestoneDraft> milestones,
        List<SavingEstimate> savings) {

    /** A draft with only the plan table's columns, as an import gives them. */
    public static ActionDraft ofTable(
            UUID themeId,
            String activity,
            String measure,
            String expectedChange,
            String rationale,
            SavingsRating savingsRating,
            String savingsNarrative,
            String benefitsRealisation,
            String lead,
            String capacityNote) {
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
                null,
                null,
                ActionStatus.NOT_STARTED,
                List.of(),
                List.of(),
                List.of());
    }
}

package org.sendplan.portal.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of an uploaded plan table as it will be saved, with what importing it will do and any
 * warnings. Rows with problems ({@link Outcome#ERROR}) are skipped; warnings are saved as they are.
 */
public record ImportRow(
        int lineNumber,
        String theme,
        String activity,
        String measure,
        String expectedChange,
        String rationale,
        SavingsRating savingsRating,
        String savingsNarrative,
        String benefitsRealisation,
        String lead,
        String capacityNote,
        ActionStatus status,
        LocalDate dueDate,
        List<String> warnings,
        List<String> problems,
        Outcome outcome) {

    public enum Outcome {
        NEW("New"),
        UPDATE("Update"),
        UNCHANGED("No change"),
        SKIPPED("Skipped by you"),
        ERROR("Cannot import");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ImportRow withOutcome(Outcome outcome) {
        return new ImportRow(
                lineNumber,
                theme,
                activity,
                measure,
                expectedChange,
                rationale,
                savingsRating,
                savingsNarrative,
                benefitsRealisation,
                lead,
                capacityNote,
                status,
                dueDate,
                warnings,
                problems,
                outcome);
    }

    public boolean importable() {
        return outcome == Outcome.NEW || outcome == Outcome.UPDATE;
    }
}

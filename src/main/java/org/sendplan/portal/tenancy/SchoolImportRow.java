package org.sendplan.portal.tenancy;

import java.util.List;

/** One line of an uploaded schools file, as it will be saved, with anything wrong with it. */
public record SchoolImportRow(
        int lineNumber,
        String urn,
        String name,
        SchoolPhase phase,
        String planningArea,
        Outcome outcome,
        List<String> problems) {

    public enum Outcome {
        NEW("New school"),
        UPDATE("Updates existing school"),
        UNCHANGED("No change"),
        ERROR("Will be skipped");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean importable() {
        return outcome == Outcome.NEW || outcome == Outcome.UPDATE;
    }
}

package org.sendplan.portal.tenancy;

import java.util.List;

/** What an upload of schools would do. {@code fileProblem} is set when the file as a whole cannot be read. */
public record SchoolImportPreview(List<SchoolImportRow> rows, String fileProblem) {

    public long count(SchoolImportRow.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long importableCount() {
        return rows.stream().filter(SchoolImportRow::importable).count();
    }
}

package org.sendplan.portal.returns;

import java.io.Serializable;
import java.util.List;

/** What an upload would do, row by row; a file problem (no URN column, an unknown column) stops it all. */
public record ReturnImportPreview(List<ReturnImportRow> rows, String fileProblem) implements Serializable {

    public long validRows() {
        return rows.stream().filter(ReturnImportRow::valid).count();
    }

    public List<ReturnImportRow> refused() {
        return rows.stream().filter(row -> !row.valid()).toList();
    }
}

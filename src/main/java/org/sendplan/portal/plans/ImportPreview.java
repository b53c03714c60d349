package org.sendplan.portal.plans;

import java.util.List;
import java.util.Map;

/**
 * What importing a plan table would do, row by row. {@code mapping} says how each header text was
 * read, so the person can correct it; {@code preamble} is the text above the first header row.
 */
public record ImportPreview(
        List<ImportRow> rows, Map<String, PlanColumn> mapping, List<String> preamble, String fileProblem) {

    public static ImportPreview problem(String message) {
        return new ImportPreview(List.of(), Map.of(), List.of(), message);
    }

    public long count(ImportRow.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public long importableCount() {
        return rows.stream().filter(ImportRow::importable).count();
    }

    public List<String> themes() {
        return rows.stream()
                .filter(r -> r.outcome() != ImportRow.Outcome.ERROR)
                .map(ImportRow::theme)
                .distinct()
                .toList();
    }
}

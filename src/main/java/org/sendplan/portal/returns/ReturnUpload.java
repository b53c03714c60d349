package org.sendplan.portal.returns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of an upload: a URN column, one column per field (headed by its label or code), and
 * optionally "<field> comment" columns. "N/A: reason" marks a field not applicable.
 */
final class ReturnUpload {

    private static final Pattern NOT_APPLICABLE = Pattern.compile("(?i)\\s*(?:n/?a|not applicable)\\s*:\\s*(.*)");

    record Line(int number, String urn, Map<String, FieldEntry> entries) {}

    record Result(List<Line> lines, String fileProblem) {}

    private ReturnUpload() {}

    static Result read(List<List<String>> rows, List<FieldDefinition> fields) {
        if (rows.isEmpty()) {
            return new Result(List.of(), "The file is empty: put a heading row first, starting with URN");
        }
        List<String> headings = rows.getFirst();
        int urnColumn = -1;
        Map<Integer, String> valueColumns = new HashMap<>();
        Map<Integer, String> commentColumns = new HashMap<>();
        for (int c = 0; c < headings.size(); c++) {
            String heading = normalise(headings.get(c));
            if (heading.isEmpty()) {
                continue;
            }
            if (heading.equals("urn")) {
                urnColumn = c;
                continue;
            }
            boolean comment = heading.endsWith(" comment");
            String name = comment
                    ? heading.substring(0, heading.length() - " comment".length())
                            .trim()
                    : heading;
            String code = codeFor(name, fields);
            if (code == null) {
                return new Result(
                        List.of(),
                        "The column '" + headings.get(c).trim()
                                + "' is not a field of this collection. The columns are URN, "
                                + String.join(
                                        ", ",
                                        fields.stream()
                                                .map(FieldDefinition::label)
                                                .toList()) + ".");
            }
            (comment ? commentColumns : valueColumns).put(c, code);
        }
        if (urnColumn < 0) {
            return new Result(List.of(), "The heading row needs a URN column, to say which school each row is for");
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            Map<String, FieldEntry> entries = new HashMap<>();
            valueColumns.forEach((column, code) -> entries.put(code, entryOf(cell(cells, column))));
            commentColumns.forEach((column, code) -> entries.put(
                    code, entries.getOrDefault(code, FieldEntry.EMPTY).withComment(cell(cells, column))));
            lines.add(new Line(r + 1, cell(cells, urnColumn).trim(), entries));
        }
        return new Result(lines, null);
    }

    private static FieldEntry entryOf(String cell) {
        Matcher notApplicable = NOT_APPLICABLE.matcher(cell);
        return notApplicable.matches()
                ? FieldEntry.notApplicable(notApplicable.group(1).trim())
                : FieldEntry.of(cell.trim());
    }

    private static String codeFor(String heading, List<FieldDefinition> fields) {
        return fields.stream()
                .filter(f -> normalise(f.label()).equals(heading)
                        || normalise(f.code()).equals(heading)
                        || FieldDefinition.codeFor(heading).equals(f.code()))
                .map(FieldDefinition::code)
                .findFirst()
                .orElse(null);
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.UK).replaceAll("\\s+", " ");
    }
}

package org.sendplan.portal.plans.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendplan.portal.plans.ActionStatus;
import org.sendplan.portal.plans.ImportRow;
import org.sendplan.portal.plans.PlanColumn;
import org.sendplan.portal.plans.SavingsRating;

/**
 * Reads a delivery plan table as councils publish it: text above the table, a header row (repeated
 * before each theme, with stray empty columns), a theme title row of one cell, then one row per
 * action. A table with a Theme column (as the portal exports) needs no title rows.
 */
public final class PlanTableReader {

    public record Table(List<ImportRow> rows, Map<String, PlanColumn> mapping, List<String> preamble, String problem) {}

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/yyyy"),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));

    private final Map<String, PlanColumn> overrides;
    private final Map<String, PlanColumn> mapping = new LinkedHashMap<>();
    private final List<String> preamble = new ArrayList<>();
    private final List<ImportRow> rows = new ArrayList<>();
    private final Map<String, Integer> firstLineOfKey = new HashMap<>();
    private PlanColumn[] columns;
    private int headerWidth;
    private String currentTheme;

    private PlanTableReader(Map<String, PlanColumn> overrides) {
        this.overrides = overrides;
    }

    public static Table read(List<List<String>> cells, Map<String, PlanColumn> overrides) {
        return new PlanTableReader(overrides).readAll(cells);
    }

    /** The key that makes re-importing a table update its actions rather than add them again. */
    public static String keyOf(String theme, String activity) {
        return normalise(theme) + "\u0000" + normalise(activity);
    }

    private Table readAll(List<List<String>> cells) {
        for (int i = 0; i < cells.size(); i++) {
            List<String> row =
                    cells.get(i).stream().map(c -> c == null ? "" : c.strip()).toList();
            List<Integer> filled = filled(row);
            if (filled.isEmpty()) {
                continue;
            }
            if (isHeader(row)) {
                useHeader(row);
            } else if (columns == null) {
                preamble.add(String.join(" ", filled.stream().map(row::get).toList()));
            } else if (filled.size() == 1 && !hasColumn(PlanColumn.THEME)) {
                currentTheme = row.get(filled.getFirst());
            } else {
                rows.add(action(i + 1, row));
            }
        }
        if (columns == null) {
            String first = cells.stream()
                    .map(r -> String.join(" ", r).strip())
                    .filter(s -> !s.isEmpty())
                    .findFirst()
                    .orElse("");
            return new Table(
                    List.of(),
                    mapping,
                    preamble,
                    "No header row was found. The table needs a row naming its columns, "
                            + "with at least Activity (for example: Activity, Measure, Expected change, Rationale, Savings, Benefits realisation, "
                            + "Lead). The first row reads: \"" + abbreviate(first) + "\"");
        }
        if (rows.isEmpty()) {
            return new Table(List.of(), mapping, preamble, "The table has a header row but no actions under it.");
        }
        return new Table(rows, mapping, preamble, null);
    }

    private boolean isHeader(List<String> row) {
        long recognised = row.stream()
                .filter(c -> !c.isEmpty())
                .map(this::columnOf)
                .flatMap(Optional::stream)
                .count();
        boolean activity =
                row.stream().map(this::columnOf).flatMap(Optional::stream).anyMatch(c -> c == PlanColumn.ACTIVITY);
        return activity && recognised >= 2;
    }

    private Optional<PlanColumn> columnOf(String header) {
        return Optional.ofNullable(overrides.get(header)).or(() -> PlanColumn.fromHeader(header));
    }

    private void useHeader(List<String> row) {
        columns = new PlanColumn[row.size()];
        headerWidth = 0;
        for (int c = 0; c < row.size(); c++) {
            if (row.get(c).isEmpty()) {
                continue;
            }
            columns[c] = columnOf(row.get(c)).orElse(PlanColumn.IGNORE);
            mapping.put(row.get(c), columns[c]);
            headerWidth = c + 1;
        }
    }

    private ImportRow action(int line, List<String> row) {
        Map<PlanColumn, String> values = new EnumMap<>(PlanColumn.class);
        List<String> warnings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c);
            if (cell.isEmpty()) {
                continue;
            }
            if (c >= headerWidth) {
                warnings.add("row has more cells than the header; \"" + abbreviate(cell)
                        + "\" is beyond the last column and is not imported");
            } else if (columns[c] == null || columns[c] == PlanColumn.IGNORE) {
                warnings.add("the cell \"" + abbreviate(cell)
                        + "\" is under a column that is not imported; choose a column for it in the mapping");
            } else {
                values.merge(columns[c], cell, (a, b) -> a + " " + b);
            }
        }
        String theme = hasColumn(PlanColumn.THEME) ? values.get(PlanColumn.THEME) : currentTheme;
        String activity = values.get(PlanColumn.ACTIVITY);
        if (theme == null || theme.isBlank()) {
            problems.add("row comes before any theme title; add a row with the theme's title above it");
        }
        if (activity == null) {
            problems.add("row has no activity");
        } else if (theme != null) {
            Integer earlier = firstLineOfKey.putIfAbsent(keyOf(theme, activity), line);
            if (earlier != null) {
                problems.add("the same activity is already in row " + earlier
                        + " under this theme; only that row is imported");
            }
        }
        CellSplitter.Savings savings = savings(values, warnings);
        CellSplitter.Lead lead = lead(values, warnings);
        ActionStatus status = status(values.get(PlanColumn.STATUS), warnings);
        LocalDate due = date(values.get(PlanColumn.DUE_DATE), problems);
        return new ImportRow(
                line,
                theme,
                activity,
                values.get(PlanColumn.MEASURE),
                values.get(PlanColumn.EXPECTED_CHANGE),
                values.get(PlanColumn.RATIONALE),
                savings.rating(),
                savings.narrative(),
                values.get(PlanColumn.BENEFITS_REALISATION),
                lead.lead(),
                lead.capacityNote(),
                status,
                due,
                List.copyOf(warnings),
                List.copyOf(problems),
                null);
    }

    private CellSplitter.Savings savings(Map<PlanColumn, String> values, List<String> warnings) {
        String cell = values.get(PlanColumn.SAVINGS);
        if (hasColumn(PlanColumn.SAVINGS_RATING)) {
            String word = values.get(PlanColumn.SAVINGS_RATING);
            Optional<SavingsRating> rating = SavingsRating.fromWord(word);
            if (word != null && rating.isEmpty()) {
                warnings.add(
                        "savings rating \"" + word + "\" is not None, Low, Medium, High or Risk; it is left empty");
            }
            return new CellSplitter.Savings(rating.orElse(null), cell);
        }
        return CellSplitter.savings(cell).orElseGet(() -> {
            warnings.add(
                    "savings cell has no rating word (None, Low, Medium, High or Risk) at its start; all of it is kept as the savings narrative");
            return new CellSplitter.Savings(null, cell);
        });
    }

    private CellSplitter.Lead lead(Map<PlanColumn, String> values, List<String> warnings) {
        String cell = values.get(PlanColumn.LEAD);
        if (hasColumn(PlanColumn.CAPACITY_NOTE)) {
            return new CellSplitter.Lead(cell, values.get(PlanColumn.CAPACITY_NOTE));
        }
        CellSplitter.Lead split = CellSplitter.lead(cell).orElseGet(() -> {
            warnings.add("lead cell has no capacity note that can be told apart; all of it is kept as the lead");
            return new CellSplitter.Lead(cell, null);
        });
        if (split.lead() == null && split.capacityNote() != null) {
            warnings.add("lead cell names no lead, only a capacity note; it is kept as the capacity note");
        }
        return split;
    }

    private static ActionStatus status(String text, List<String> warnings) {
        if (text == null) {
            return null;
        }
        Optional<ActionStatus> status = ActionStatus.fromText(text);
        if (status.isEmpty()) {
            warnings.add("status \"" + text
                    + "\" is not Not started, In progress, On hold or Complete; the status is left as it was");
        }
        return status.orElse(null);
    }

    private static LocalDate date(String text, List<String> problems) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisFormat) {
                // the next format may read it
            }
        }
        problems.add("due date \"" + text + "\" is not a date like 31/03/2026");
        return null;
    }

    private boolean hasColumn(PlanColumn column) {
        if (columns == null) {
            return false;
        }
        for (PlanColumn c : columns) {
            if (c == column) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> filled(List<String> row) {
        List<Integer> filled = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            if (!row.get(c).isEmpty()) {
                filled.add(c);
            }
        }
        return filled;
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}

package org.sendplan.portal.finance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.sendplan.portal.common.InvalidInputException;

/**
 * Reads forecast lines from a table with the columns Line, Kind and one column per year. Rows the
 * papers print as results (total expenditure, total funding, shortfall, remaining overspend,
 * cumulative deficit) are checked against the computed rows rather than imported.
 */
public final class ForecastImport {

    private record Computed(String words, Function<HighNeedsForecastTotals, YearlyAmounts> row) {}

    private record PrintedRow(int row, String label, YearlyAmounts figures, Computed computed) {}

    private static final List<Computed> COMPUTED = List.of(
            new Computed("total expenditure", HighNeedsForecastTotals::totalExpenditure),
            new Computed("total funding", HighNeedsForecastTotals::funding),
            new Computed("shortfall", HighNeedsForecastTotals::shortfall),
            new Computed("remaining overspend", HighNeedsForecastTotals::remainingOverspend),
            new Computed("cumulative deficit", HighNeedsForecastTotals::cumulativeDeficit));

    private ForecastImport() {}

    public static ImportPreview<ForecastLineDraft> read(List<List<String>> rows, HighNeedsForecastDetails forecast) {
        ImportColumns columns = ImportColumns.find(rows, forecast.draft().unit(), "line");
        int kindColumn = columns.column("kind");
        List<ForecastLineDraft> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<PrintedRow> printed = new ArrayList<>();
        for (int r = columns.headerRow + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int rowNumber = r + 1;
            String name = ImportColumns.cell(row, 0);
            YearlyAmounts figures = columns.figures(row, rowNumber, problems);
            Computed computed = computedRow(name);
            if (computed != null) {
                printed.add(new PrintedRow(rowNumber, name, figures, computed));
                continue;
            }
            try {
                ForecastLineDraft line =
                        new ForecastLineDraft(kindOf(ImportColumns.cell(row, kindColumn)), name, figures);
                HighNeedsForecastService.check(line, forecast.years());
                lines.add(line);
            } catch (InvalidInputException e) {
                problems.add("Row " + rowNumber + ": " + e.getMessage());
            }
        }
        HighNeedsForecastTotals totals = new HighNeedsForecastTotals(
                lines, forecast.years(), forecast.draft().openingDeficit(), ForecastScenario.AS_IS);
        List<Disagreement> disagreements = new ArrayList<>();
        printed.forEach(p -> PrintedTotals.compare(
                p.row(), p.label(), p.figures(), p.computed().row().apply(totals), disagreements));
        return new ImportPreview<>(lines, problems, disagreements, printed.size());
    }

    private static Computed computedRow(String label) {
        String lower = label.toLowerCase(Locale.UK);
        return COMPUTED.stream()
                .filter(c -> lower.contains(c.words()))
                .findFirst()
                .orElse(null);
    }

    private static ForecastLineKind kindOf(String text) {
        String lower = text.toLowerCase(Locale.UK);
        if (lower.startsWith("expenditure")) {
            return ForecastLineKind.EXPENDITURE;
        }
        if (lower.startsWith("funding")) {
            return ForecastLineKind.FUNDING;
        }
        if (lower.contains("contribution")) {
            return ForecastLineKind.CONTRIBUTION;
        }
        if (lower.contains("saving")) {
            return ForecastLineKind.PLAN_SAVING;
        }
        throw new InvalidInputException("'" + text
                + "' is not a kind of line; use Expenditure, Funding, LA contribution or Savings from the plan");
    }
}

package org.sendplan.portal.finance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendplan.portal.common.InvalidInputException;

/**
 * Reads proposal items from a table with the columns Item (or Post), Category, Source, Duration, one column per
 * year, and optionally Note and Expected saving. Rows labelled as totals (Total DSG, Council total,
 * Total) are checked against the computed totals rather than imported.
 */
public final class ProposalImport {

    private static final Pattern YEARS = Pattern.compile("(\\d+)");

    private ProposalImport() {}

    public static ImportPreview<ProposalItemDraft> read(List<List<String>> rows, ResourceProposalDetails proposal) {
        ImportColumns columns = ImportColumns.find(rows, proposal.unit(), "item", "post");
        int category = columns.column("category");
        int source = columns.column("source");
        int duration = columns.column("duration");
        int note = columns.column("note");
        int saving = columns.column("saving");
        List<ProposalItemDraft> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<PrintedRow> printed = new ArrayList<>();
        for (int r = columns.headerRow + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int rowNumber = r + 1;
            String name = ImportColumns.cell(row, 0).replace("•", "").trim();
            YearlyAmounts figures = columns.figures(row, rowNumber, problems);
            if (PrintedTotals.isTotalRow(name)) {
                printed.add(new PrintedRow(rowNumber, name, figures));
                continue;
            }
            try {
                ProposalItemDraft item = new ProposalItemDraft(
                        name,
                        categoryOf(ImportColumns.cell(row, category)),
                        sourceOf(ImportColumns.cell(row, source)),
                        durationOf(ImportColumns.cell(row, duration)),
                        figures,
                        blankToNull(ImportColumns.cell(row, note)),
                        ImportColumns.amount(ImportColumns.cell(row, saving), columns.unit())
                                .orElse(null));
                ProposalItemRules.check(item, proposal.years());
                items.add(item);
            } catch (InvalidInputException e) {
                problems.add("Row " + rowNumber + ": " + e.getMessage());
            }
        }
        return new ImportPreview<>(items, problems, disagreements(printed, items), printed.size());
    }

    private record PrintedRow(int row, String label, YearlyAmounts figures) {}

    private static List<Disagreement> disagreements(List<PrintedRow> printed, List<ProposalItemDraft> items) {
        ResourceProposalTotals totals = new ResourceProposalTotals(
                items.stream().map(item -> new ProposalItem(null, item)).toList());
        List<Disagreement> found = new ArrayList<>();
        for (PrintedRow row : printed) {
            String lower = row.label().toLowerCase(Locale.UK);
            YearlyAmounts computed = lower.contains("dsg")
                    ? totals.bySource(FundingSource.DSG)
                    : lower.contains("council") ? totals.bySource(FundingSource.COUNCIL) : totals.all();
            PrintedTotals.compare(row.row(), row.label(), row.figures(), computed, found);
        }
        return found;
    }

    private static ProposalCategory categoryOf(String text) {
        String lower = text.toLowerCase(Locale.UK);
        return Arrays.stream(ProposalCategory.values())
                .filter(c -> !lower.isBlank()
                        && (c.label().toLowerCase(Locale.UK).startsWith(lower)
                                || lower.startsWith(c.label().toLowerCase(Locale.UK))))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "'" + text + "' is not a category; use cost avoidance, improvement capacity, "
                                + "demand pressure or earlier allocation continued"));
    }

    private static FundingSource sourceOf(String text) {
        return Arrays.stream(FundingSource.values())
                .filter(s -> s.label().equalsIgnoreCase(text.trim()))
                .findFirst()
                .orElseThrow(
                        () -> new InvalidInputException("'" + text + "' is not a funding source; use DSG or Council"));
    }

    private static ItemDuration durationOf(String text) {
        String lower = text.toLowerCase(Locale.UK);
        if (lower.contains("ongoing") || lower.contains("on-going")) {
            return ItemDuration.ONGOING;
        }
        Matcher years = YEARS.matcher(lower);
        if (years.find()) {
            return ItemDuration.oneOff(Integer.parseInt(years.group(1)));
        }
        if (lower.contains("one-off") || lower.contains("one off")) {
            return ItemDuration.oneOff(1);
        }
        throw new InvalidInputException("'" + text + "' is not a duration; write 'Ongoing' or 'One-off for 2 years'");
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}

package org.sendplan.portal.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.MoneyUnit;

/**
 * Reads service budget lines from a table with the columns Service, Last year's budget, This year's
 * budget and optionally Saving. A printed saving is checked against last year less this year; a row
 * labelled Total is checked against the computed sums.
 */
public final class SavingsImport {

    private SavingsImport() {}

    public static ImportPreview<ServiceBudgetLineDraft> read(List<List<String>> rows, SavingsTargetDetails table) {
        ImportColumns columns = ImportColumns.find(rows, table.draft().unit(), "service");
        int last = columns.column("last year");
        int current = columns.column("this year");
        int saving = columns.column("saving");
        if (last < 0 || current < 0) {
            throw new InvalidInputException(
                    "The table needs the columns 'Last year's budget' and 'This year's budget'");
        }
        List<ServiceBudgetLineDraft> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        List<Runnable> totalChecks = new ArrayList<>();
        for (int r = columns.headerRow + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int rowNumber = r + 1;
            String service = ImportColumns.cell(row, 0);
            try {
                Optional<BigDecimal> lastYear = figure(row, last, columns.unit());
                Optional<BigDecimal> thisYear = figure(row, current, columns.unit());
                Optional<BigDecimal> printedSaving = figure(row, saving, columns.unit());
                if (service.toLowerCase(Locale.UK).contains("target")) {
                    boolean remaining = service.toLowerCase(Locale.UK).contains("remaining");
                    totalChecks.add(() -> printedSaving.ifPresent(p -> PrintedTotals.compare(
                            rowNumber,
                            service,
                            "Saving",
                            p,
                            remaining
                                    ? new SavingsTargetDetails(null, table.draft(), lines, null, null, 0)
                                            .remainingTarget()
                                    : table.draft().target(),
                            disagreements)));
                    continue;
                }
                if (PrintedTotals.isTotalRow(service)) {
                    totalChecks.add(() -> {
                        SavingsTargetDetails computed =
                                new SavingsTargetDetails(null, table.draft(), lines, null, null, 0);
                        lastYear.ifPresent(p -> PrintedTotals.compare(
                                rowNumber, service, "Last year's budget", p, computed.lastYearTotal(), disagreements));
                        thisYear.ifPresent(p -> PrintedTotals.compare(
                                rowNumber, service, "This year's budget", p, computed.thisYearTotal(), disagreements));
                        printedSaving.ifPresent(p -> PrintedTotals.compare(
                                rowNumber, service, "Saving", p, computed.totalSavings(), disagreements));
                    });
                    continue;
                }
                AmountRules.required(service, "a service name");
                ServiceBudgetLineDraft line = new ServiceBudgetLineDraft(
                        service,
                        lastYear.orElseThrow(() -> missing(service, "last year's")),
                        thisYear.orElseThrow(() -> missing(service, "this year's")));
                printedSaving.ifPresent(
                        p -> PrintedTotals.compare(rowNumber, service, "Saving", p, line.saving(), disagreements));
                lines.add(line);
            } catch (InvalidInputException e) {
                problems.add("Row " + rowNumber + ": " + e.getMessage());
            }
        }
        totalChecks.forEach(Runnable::run);
        return new ImportPreview<>(lines, problems, disagreements, totalChecks.size());
    }

    private static Optional<BigDecimal> figure(List<String> row, int column, MoneyUnit unit) {
        return ImportColumns.amount(ImportColumns.cell(row, column), unit);
    }

    private static InvalidInputException missing(String service, String which) {
        return new InvalidInputException("'" + service + "' needs " + which + " budget (0 if there was none)");
    }
}

package org.sendplan.portal.finance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.MoneyUnit;

/**
 * Finds the columns of an imported table by their headings and reads its figures. Year columns are
 * headed by a financial year ("2021/22", "2024/25 On-going"); a unit in a heading ("(£)", "£000s", "£m")
 * overrides the table's own, so a file exported in pounds comes back in pounds.
 */
final class ImportColumns {

    private static final Pattern YEAR = Pattern.compile("(\\d{4}\\s*[/-]\\s*\\d{2,4})");

    private final List<String> header;
    private final Map<FinancialYear, Integer> yearColumns = new LinkedHashMap<>();
    private final MoneyUnit unit;
    final int headerRow;

    private ImportColumns(List<String> header, int headerRow, MoneyUnit tableUnit) {
        this.header =
                header.stream().map(cell -> cell.toLowerCase(Locale.UK).trim()).toList();
        this.headerRow = headerRow;
        MoneyUnit found = tableUnit;
        for (int i = 0; i < header.size(); i++) {
            Matcher m = YEAR.matcher(header.get(i));
            if (m.find()) {
                yearColumns.put(FinancialYear.parse(m.group(1)), i);
            }
            found = unitIn(this.header.get(i)).orElse(found);
        }
        this.unit = found;
    }

    /**
     * The first row whose first cell names one of {@code firstHeadings} is the header; rows above it (a
     * title) are skipped. The first of the headings is the one the message suggests.
     */
    static ImportColumns find(List<List<String>> rows, MoneyUnit tableUnit, String... firstHeadings) {
        for (int i = 0; i < rows.size(); i++) {
            String first = rows.get(i).isEmpty()
                    ? ""
                    : rows.get(i).getFirst().toLowerCase(Locale.UK).trim();
            for (String heading : firstHeadings) {
                if (first.startsWith(heading)) {
                    return new ImportColumns(rows.get(i), i, tableUnit);
                }
            }
        }
        throw new InvalidInputException("The table needs a heading row whose first column is '" + firstHeadings[0]
                + "', followed by the other columns; see the user guide for the layout");
    }

    Map<FinancialYear, Integer> yearColumns() {
        return yearColumns;
    }

    MoneyUnit unit() {
        return unit;
    }

    int column(String heading) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).contains(heading)) {
                return i;
            }
        }
        return -1;
    }

    static String cell(List<String> row, int column) {
        return column < 0 || column >= row.size() ? "" : row.get(column).trim();
    }

    /** Reads every year's figure of a row; each unreadable figure is added to the problems with its row and year. */
    YearlyAmounts figures(List<String> row, int rowNumber, List<String> problems) {
        Map<FinancialYear, BigDecimal> amounts = new LinkedHashMap<>();
        yearColumns.forEach((year, column) -> {
            try {
                amount(cell(row, column), unit).ifPresent(amount -> amounts.put(year, amount));
            } catch (InvalidInputException e) {
                problems.add("Row " + rowNumber + ", " + year + ": " + e.getMessage());
            }
        });
        return YearlyAmounts.of(amounts);
    }

    /** A blank cell or a dash is no figure. */
    static Optional<BigDecimal> amount(String text, MoneyUnit unit) {
        String figure = text.trim();
        if (figure.isEmpty() || figure.equals("-") || figure.equals("–")) {
            return Optional.empty();
        }
        return Optional.of(Money.parse(figure, unit));
    }

    private static Optional<MoneyUnit> unitIn(String heading) {
        if (heading.contains("£000") || heading.contains("£k")) {
            return Optional.of(MoneyUnit.THOUSANDS);
        }
        if (heading.contains("£m")) {
            return Optional.of(MoneyUnit.MILLIONS);
        }
        if (heading.contains("(£)")) {
            return Optional.of(MoneyUnit.POUNDS);
        }
        return Optional.empty();
    }
}

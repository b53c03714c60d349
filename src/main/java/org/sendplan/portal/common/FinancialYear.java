package org.sendplan.portal.common;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English local-government financial year, 1 April to 31 March, written as councils write it:
 * {@code 2021/22}. Also reads "2021-22", "2021/2022" and "FY2021/22".
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear>, Serializable {

    private static final Pattern TEXT = Pattern.compile("(?i)\\s*(?:FY\\s*)?(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})\\s*");

    public FinancialYear {
        if (startYear < 1990 || startYear > 2100) {
            throw new IllegalArgumentException("A financial year must start between 1990 and 2100, not " + startYear);
        }
    }

    /** Parses "2021/22" and its common spellings; the second year must follow the first. */
    public static FinancialYear parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new InvalidInputException("'" + text + "' is not a financial year like 2021/22");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        int expectedEnd = m.group(2).length() == 2 ? (start + 1) % 100 : start + 1;
        if (end != expectedEnd) {
            throw new InvalidInputException(
                    "'" + text + "' is not a financial year: the second year must follow the first, as in 2021/22");
        }
        return new FinancialYear(start);
    }

    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    public FinancialYear plusYears(int years) {
        return new FinancialYear(startYear + years);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}

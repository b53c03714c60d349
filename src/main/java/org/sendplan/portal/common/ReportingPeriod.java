package org.sendplan.portal.common;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period of a measure, named as schools and councils name it: "March 2026" (monthly), "Spring
 * 2026" (termly: Autumn opens the academic year, then Spring and Summer), "2025/26 academic year" and
 * "2025/26" (financial year). The label is the stored form: {@link #parse} reads it back.
 *
 * @param year  the calendar year for a month or term, the starting year for an academic or financial year
 * @param index the month (1–12) or term (1 Autumn, 2 Spring, 3 Summer); 1 for a year
 */
public record ReportingPeriod(ReportingFrequency frequency, int year, int index)
        implements Comparable<ReportingPeriod>, Serializable {

    private static final String[] TERMS = {"Autumn", "Spring", "Summer"};
    private static final Pattern MONTH = Pattern.compile("(?i)\\s*([a-z]+)\\s+(\\d{4})\\s*");
    private static final Pattern TERM = Pattern.compile("(?i)\\s*(autumn|spring|summer)(?:\\s+term)?\\s+(\\d{4})\\s*");
    private static final Pattern ACADEMIC_YEAR =
            Pattern.compile("(?i)\\s*(\\d{4}\\s*[/-]\\s*\\d{2,4})(?:\\s+academic\\s+year)?\\s*");

    public ReportingPeriod {
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("A reporting period must fall between 1990 and 2100, not " + year);
        }
        int last = switch (frequency) {
            case MONTHLY -> 12;
            case TERMLY -> 3;
            case ACADEMIC_YEAR, FINANCIAL_YEAR -> 1;
        };
        if (index < 1 || index > last) {
            throw new IllegalArgumentException(frequency + " periods are numbered 1 to " + last + ", not " + index);
        }
    }

    public static ReportingPeriod of(FinancialYear year) {
        return new ReportingPeriod(ReportingFrequency.FINANCIAL_YEAR, year.startYear(), 1);
    }

    /** The period of this frequency that holds the date. */
    public static ReportingPeriod containing(ReportingFrequency frequency, LocalDate date) {
        int academicStart = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
        return switch (frequency) {
            case MONTHLY -> new ReportingPeriod(frequency, date.getYear(), date.getMonthValue());
            case TERMLY ->
                date.getMonthValue() >= Month.SEPTEMBER.getValue()
                        ? new ReportingPeriod(frequency, date.getYear(), 1)
                        : new ReportingPeriod(
                                frequency, date.getYear(), date.getMonthValue() <= Month.MARCH.getValue() ? 2 : 3);
            case ACADEMIC_YEAR -> new ReportingPeriod(frequency, academicStart, 1);
            case FINANCIAL_YEAR -> of(FinancialYear.containing(date));
        };
    }

    /** Reads a label of this frequency; the message says what was expected. */
    public static ReportingPeriod parse(ReportingFrequency frequency, String text) {
        String given = text == null ? "" : text;
        Matcher m;
        switch (frequency) {
            case MONTHLY -> {
                m = MONTH.matcher(given);
                if (m.matches()) {
                    for (Month month : Month.values()) {
                        String name = month.getDisplayName(TextStyle.FULL, Locale.UK);
                        if (name.equalsIgnoreCase(m.group(1))
                                || name.substring(0, 3).equalsIgnoreCase(m.group(1))) {
                            return new ReportingPeriod(frequency, Integer.parseInt(m.group(2)), month.getValue());
                        }
                    }
                }
            }
            case TERMLY -> {
                m = TERM.matcher(given);
                if (m.matches()) {
                    String term = m.group(1).toLowerCase(Locale.UK);
                    int index = term.equals("autumn") ? 1 : term.equals("spring") ? 2 : 3;
                    return new ReportingPeriod(frequency, Integer.parseInt(m.group(2)), index);
                }
            }
            case ACADEMIC_YEAR -> {
                m = ACADEMIC_YEAR.matcher(given);
                if (m.matches()) {
                    return new ReportingPeriod(
                            frequency, FinancialYear.parse(m.group(1)).startYear(), 1);
                }
            }
            case FINANCIAL_YEAR -> {
                return of(FinancialYear.parse(given));
            }
        }
        throw new InvalidInputException("'" + given + "' is not a "
                + frequency.label().toLowerCase(Locale.UK) + " period like " + frequency.example());
    }

    /** The first day: the 1st of the month; 1 September, 1 January or 1 April for a term; 1 September or 1 April for a year. */
    public LocalDate firstDay() {
        return switch (frequency) {
            case MONTHLY -> LocalDate.of(year, index, 1);
            case TERMLY -> LocalDate.of(year, index == 1 ? 9 : index == 2 ? 1 : 4, 1);
            case ACADEMIC_YEAR -> LocalDate.of(year, Month.SEPTEMBER, 1);
            case FINANCIAL_YEAR -> new FinancialYear(year).firstDay();
        };
    }

    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    public ReportingPeriod next() {
        return switch (frequency) {
            case MONTHLY ->
                index == 12
                        ? new ReportingPeriod(frequency, year + 1, 1)
                        : new ReportingPeriod(frequency, year, index + 1);
            case TERMLY ->
                index == 1
                        ? new ReportingPeriod(frequency, year + 1, 2)
                        : index == 2
                                ? new ReportingPeriod(frequency, year, 3)
                                : new ReportingPeriod(frequency, year, 1);
            case ACADEMIC_YEAR, FINANCIAL_YEAR -> new ReportingPeriod(frequency, year + 1, 1);
        };
    }

    public ReportingPeriod previous() {
        return switch (frequency) {
            case MONTHLY ->
                index == 1
                        ? new ReportingPeriod(frequency, year - 1, 12)
                        : new ReportingPeriod(frequency, year, index - 1);
            case TERMLY ->
                index == 1
                        ? new ReportingPeriod(frequency, year, 3)
                        : index == 2
                                ? new ReportingPeriod(frequency, year - 1, 1)
                                : new ReportingPeriod(frequency, year, 2);
            case ACADEMIC_YEAR, FINANCIAL_YEAR -> new ReportingPeriod(frequency, year - 1, 1);
        };
    }

    /** The stored and shown form. */
    public String label() {
        return switch (frequency) {
            case MONTHLY -> Month.of(index).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year;
            case TERMLY -> TERMS[index - 1] + " " + year;
            case ACADEMIC_YEAR -> new FinancialYear(year) + " academic year";
            case FINANCIAL_YEAR -> new FinancialYear(year).toString();
        };
    }

    /** Periods of different frequencies order by their first day, then by frequency. */
    @Override
    public int compareTo(ReportingPeriod other) {
        int byStart = firstDay().compareTo(other.firstDay());
        return byStart != 0 ? byStart : frequency.compareTo(other.frequency);
    }

    @Override
    public String toString() {
        return label();
    }
}

package org.sendplan.portal.returns;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks a return's answers must pass. A draft needs only readable figures that keep to their
 * ranges; a submission needs every rule: required answers, cross-field limits, reasons for "not
 * applicable" and comments on big changes from the previous period.
 */
public final class ReturnRules {

    private static final Set<String> NOT_APPLICABLE_WORDS =
            Set.of("n/a", "na", "n.a.", "not applicable", "-", "none", "nil", "tbc");

    private ReturnRules() {}

    /**
     * @param previous the school's accepted figures of the previous period, by field code
     * @param complete true for a submission, false for a draft
     */
    public static List<FieldProblem> check(
            List<FieldDefinition> fields,
            Map<String, FieldEntry> entries,
            Map<String, BigDecimal> previous,
            boolean complete) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, BigDecimal> figures = new HashMap<>();
        for (FieldDefinition field : fields) {
            FieldEntry entry = entries.getOrDefault(field.code(), FieldEntry.EMPTY);
            String problem = checkOne(field, entry, complete);
            if (problem != null) {
                problems.add(new FieldProblem(field.code(), problem));
            } else if (!entry.notApplicable() && !entry.blank()) {
                figures.put(field.code(), parse(field, entry.value()));
            }
        }
        Map<String, FieldDefinition> byCode =
                fields.stream().collect(Collectors.toMap(FieldDefinition::code, Function.identity()));
        for (FieldDefinition field : fields) {
            BigDecimal figure = figures.get(field.code());
            if (figure == null) {
                continue;
            }
            BigDecimal limit = field.notMoreThan() == null ? null : figures.get(field.notMoreThan());
            if (limit != null && figure.compareTo(limit) > 0) {
                problems.add(new FieldProblem(
                        field.code(),
                        "Cannot be more than "
                                + lowerFirst(byCode.get(field.notMoreThan()).label()) + " (" + format(limit) + ")"));
            }
            String comment = entries.get(field.code()).comment();
            if (complete && (comment == null || comment.isBlank())) {
                String change = bigChange(field, figure, previous.get(field.code()));
                if (change != null) {
                    problems.add(new FieldProblem(field.code(), change));
                }
            }
        }
        return problems;
    }

    /** The figure typed into a field; thousands separators are allowed. */
    public static BigDecimal parse(FieldDefinition field, String text) {
        String given = text == null ? "" : text.trim();
        if (NOT_APPLICABLE_WORDS.contains(given.toLowerCase(Locale.UK))) {
            throw new IllegalArgumentException(
                    "Tick 'Not applicable' and give the reason, rather than typing '" + given + "'");
        }
        BigDecimal figure;
        try {
            figure = new BigDecimal(given.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? given.replace(",", "") : given);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + given + "' is not a number"
                    + (field.type() == FieldType.WHOLE_NUMBER ? " like 120" : " like 12.5"));
        }
        if (field.type() == FieldType.WHOLE_NUMBER
                && figure.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("Enter a whole number, like "
                    + figure.setScale(0, RoundingMode.HALF_UP).toPlainString());
        }
        return figure;
    }

    public static String format(BigDecimal figure) {
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(figure);
    }

    private static String checkOne(FieldDefinition field, FieldEntry entry, boolean complete) {
        if (entry.notApplicable()) {
            if (entry.value() != null && !entry.value().isBlank()) {
                return "Either enter a figure or mark it not applicable, not both";
            }
            return entry.reason() == null || entry.reason().isBlank()
                    ? "Say why it does not apply to your school"
                    : null;
        }
        if (entry.blank()) {
            return complete && field.required() ? "Enter a figure, or mark it not applicable and say why" : null;
        }
        BigDecimal figure;
        try {
            figure = parse(field, entry.value());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (field.minimum() != null && figure.compareTo(field.minimum()) < 0) {
            return "Must be at least " + format(field.minimum());
        }
        if (field.maximum() != null && figure.compareTo(field.maximum()) > 0) {
            return "Must be at most " + format(field.maximum());
        }
        return null;
    }

    private static String bigChange(FieldDefinition field, BigDecimal figure, BigDecimal before) {
        if (field.changeThresholdPercent() == null || before == null || figure.compareTo(before) == 0) {
            return null;
        }
        String was = " last period's accepted figure (" + format(before) + "): say why in the comment";
        if (before.signum() == 0) {
            return "This has moved from 0 in" + was;
        }
        BigDecimal percent = figure.subtract(before)
                .abs()
                .multiply(BigDecimal.valueOf(100))
                .divide(before.abs(), MathContext.DECIMAL64);
        if (percent.compareTo(field.changeThresholdPercent()) <= 0) {
            return null;
        }
        return "This is " + percent.setScale(0, RoundingMode.HALF_UP) + "% "
                + (figure.compareTo(before) > 0 ? "more" : "less") + " than" + was;
    }

    private static String lowerFirst(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}

package org.sendplan.portal.returns.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendplan.portal.returns.FieldDefinition;
import org.sendplan.portal.returns.FieldEntry;
import org.sendplan.portal.returns.FieldProblem;
import org.sendplan.portal.returns.ReturnRules;
import org.sendplan.portal.returns.SchoolReturnDetails;

/**
 * A return's fields: a figure, or "not applicable" with the reason, and a comment, each with last
 * period's accepted figure and any LA query beside it. The LA reviewing it gets a query box per field.
 */
class ReturnForm extends Div {

    private final Map<String, Answer> answers = new LinkedHashMap<>();

    /** The inputs of one field. */
    private record Answer(
            TextField figure, Checkbox notApplicable, TextField reason, TextField comment, TextField query) {}

    ReturnForm(SchoolReturnDetails shown, boolean editable, boolean reviewing) {
        for (FieldDefinition field : shown.fields()) {
            FieldEntry entry = shown.entry(field.code());
            TextField figure = new TextField(field.label() + (field.required() ? "" : " (optional)"));
            figure.setValue(entry.value());
            figure.setHelperText(hint(field, shown.previous().get(field.code())));
            Checkbox notApplicable = new Checkbox("Not applicable to our school", entry.notApplicable());
            TextField reason = new TextField("Why it does not apply");
            reason.setValue(entry.reason());
            reason.setVisible(entry.notApplicable());
            notApplicable.addValueChangeListener(e -> {
                reason.setVisible(e.getValue());
                figure.setEnabled(!e.getValue());
            });
            figure.setEnabled(!entry.notApplicable());
            TextField comment = new TextField("Comment on " + lowerFirst(field.label()));
            comment.setValue(entry.comment());
            comment.setWidthFull();
            TextField query = new TextField("Query on " + lowerFirst(field.label()));
            query.setWidthFull();
            query.setVisible(reviewing);
            figure.setReadOnly(!editable);
            notApplicable.setReadOnly(!editable);
            reason.setReadOnly(!editable);
            comment.setReadOnly(!editable);
            Div block = new Div(new H3(field.label()));
            block.addClassName("card");
            String asked = shown.fieldQueries().get(field.code());
            if (asked != null) {
                Paragraph question = new Paragraph("The LA asks: " + asked);
                question.addClassName("overdue");
                block.add(question);
            }
            block.add(figure, notApplicable, reason, comment, query);
            add(block);
            answers.put(field.code(), new Answer(figure, notApplicable, reason, comment, query));
        }
    }

    Map<String, FieldEntry> entries() {
        Map<String, FieldEntry> entries = new LinkedHashMap<>();
        answers.forEach((code, a) -> entries.put(
                code,
                new FieldEntry(
                        a.notApplicable().getValue() ? "" : a.figure().getValue(),
                        a.notApplicable().getValue(),
                        a.reason().getValue(),
                        a.comment().getValue())));
        return entries;
    }

    Map<String, String> queries() {
        Map<String, String> queries = new LinkedHashMap<>();
        answers.forEach((code, a) -> queries.put(code, a.query().getValue()));
        return queries;
    }

    /** Marks each problem beside its field; the reason box gets the reason's problem, the comment box the comment's. */
    void show(List<FieldProblem> problems) {
        clear();
        for (FieldProblem problem : problems) {
            Answer a = answers.get(problem.fieldCode());
            TextField target = problem.message().startsWith("Say why it does not apply")
                    ? a.reason()
                    : problem.message().endsWith("say why in the comment") ? a.comment() : a.figure();
            target.setErrorMessage(problem.message());
            target.setInvalid(true);
        }
    }

    void clear() {
        answers.values()
                .forEach(a -> List.of(a.figure(), a.reason(), a.comment()).forEach(field -> {
                    field.setInvalid(false);
                    field.setErrorMessage(null);
                }));
    }

    private static String hint(FieldDefinition field, BigDecimal previous) {
        StringBuilder hint = new StringBuilder(field.type().label());
        if (field.minimum() != null || field.maximum() != null) {
            hint.append(field.minimum() == null ? "" : ", at least " + ReturnRules.format(field.minimum()))
                    .append(field.maximum() == null ? "" : ", at most " + ReturnRules.format(field.maximum()));
        }
        if (previous != null) {
            hint.append(". Last period: ").append(ReturnRules.format(previous));
            if (field.changeThresholdPercent() != null) {
                hint.append(" (comment if it moves more than ")
                        .append(field.changeThresholdPercent()
                                .stripTrailingZeros()
                                .toPlainString())
                        .append("%)");
            }
        }
        return hint.toString();
    }

    private static String lowerFirst(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}

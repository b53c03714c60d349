package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.plans.SavingEstimate;

/** Estimated savings in pounds, one row per financial year. */
class SavingsEditor extends Div {

    private record Line(ComboBox<FinancialYear> year, TextField amount) {}

    private final List<Line> lines = new ArrayList<>();
    private final Div rows = new Div();
    private final List<FinancialYear> years;

    SavingsEditor(List<SavingEstimate> savings) {
        FinancialYear now = FinancialYear.containing(LocalDate.now());
        years = IntStream.rangeClosed(-8, 8).mapToObj(now::plusYears).toList();
        Button add = new Button("Add a year's saving", click -> addLine(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H3("Estimated savings"), rows, add);
        savings.forEach(this::addLine);
    }

    private void addLine(SavingEstimate s) {
        ComboBox<FinancialYear> year = new ComboBox<>("Financial year");
        year.setItems(years);
        year.setItemLabelGenerator(FinancialYear::toString);
        TextField amount = new TextField("Saving (£)");
        amount.setHelperText("For example 18,000");
        if (s != null) {
            year.setValue(s.year());
            amount.setValue(Money.format(s.amount()).replace("£", ""));
        }
        HorizontalLayout row = new HorizontalLayout(year, amount);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Line line = new Line(year, amount);
        Button remove = new Button("Remove", click -> {
            lines.remove(line);
            rows.remove(row);
        });
        remove.setAriaLabel("Remove saving");
        row.add(remove);
        lines.add(line);
        rows.add(row);
    }

    /** Throws the money parser's plain-English refusal when an amount cannot be read. */
    List<SavingEstimate> value() {
        return lines.stream()
                .filter(l ->
                        l.year().getValue() != null || !l.amount().getValue().isBlank())
                .map(l -> new SavingEstimate(
                        l.year().getValue(),
                        l.amount().getValue().isBlank()
                                ? null
                                : Money.parse(l.amount().getValue())))
                .toList();
    }
}

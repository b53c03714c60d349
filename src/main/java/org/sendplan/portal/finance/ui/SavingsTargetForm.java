package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.finance.SavingsTargetDetails;
import org.sendplan.portal.finance.SavingsTargetDraft;
import org.sendplan.portal.finance.SavingsTargetService;
import org.sendplan.portal.ui.FormErrors;

/** Starts a savings table, or changes its title, year, unit and target. */
class SavingsTargetForm extends Dialog {

    private final TextField title = new TextField("Title");
    private final TextField year = new TextField("Financial year the budgets are for");
    private final ComboBox<MoneyUnit> unit = new ComboBox<>("Unit the figures are printed in");
    private final TextField target = new TextField("Savings target");

    SavingsTargetForm(
            SavingsTargetService savings, SavingsTargetDetails existing, Consumer<SavingsTargetDetails> afterSave) {
        setHeaderTitle(existing == null ? "Start a savings table" : "Change the savings table's details");
        unit.setItems(MoneyUnit.values());
        unit.setItemLabelGenerator(MoneyUnit::label);
        year.setHelperText("Like 2021/22");
        target.setHelperText("In the unit above");
        FormErrors errors = new FormErrors()
                .bind("title", title)
                .bind("financialYear", year)
                .bind("unit", unit)
                .bind("target", target);
        SavingsTargetDraft current = existing == null
                ? new SavingsTargetDraft(
                        "High Needs savings",
                        FinancialYear.containing(LocalDate.now()),
                        MoneyUnit.THOUSANDS,
                        BigDecimal.ZERO)
                : existing.draft();
        title.setValue(current.title());
        year.setValue(current.financialYear().toString());
        unit.setValue(current.unit());
        target.setValue(Money.format(current.target(), current.unit()).replace("£", ""));
        add(new FormLayout(title, year, unit, target));
        Button save = new Button("Save", click -> {
            try {
                SavingsTargetDraft draft =
                        new SavingsTargetDraft(title.getValue(), financialYear(), unit.getValue(), amount());
                SavingsTargetDetails saved = existing == null
                        ? savings.create(draft)
                        : savings.update(existing.id(), existing.version(), draft);
                close();
                afterSave.accept(saved);
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private FinancialYear financialYear() {
        try {
            return FinancialYear.parse(year.getValue());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("financialYear", e.getMessage());
        }
    }

    private BigDecimal amount() {
        try {
            return Money.parse(target.getValue(), unit.getValue() == null ? MoneyUnit.POUNDS : unit.getValue());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("target", e.getMessage());
        }
    }
}

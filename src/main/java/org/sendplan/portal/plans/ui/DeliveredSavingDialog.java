package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.IntStream;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.plans.ActionSavingsService;
import org.sendplan.portal.plans.DeliveredSavingDetails;
import org.sendplan.portal.plans.DeliveredSavingDraft;
import org.sendplan.portal.ui.FormErrors;

/** Records a saving an action has delivered, or corrects one recorded earlier. */
class DeliveredSavingDialog extends Dialog {

    private final ComboBox<FinancialYear> year = new ComboBox<>("Financial year delivered in");
    private final TextField amount = new TextField("Saving delivered (£)");
    private final DatePicker recordedOn = new DatePicker("Date recorded");
    private final TextArea note = new TextArea("Note");
    private final FormErrors errors = new FormErrors();

    DeliveredSavingDialog(
            UUID actionId, DeliveredSavingDetails earlier, ActionSavingsService savings, Runnable afterSave) {
        setHeaderTitle(earlier == null ? "Record a delivered saving" : "Change a delivered saving");
        setWidth("min(40rem, 100vw)");
        FinancialYear now = FinancialYear.containing(LocalDate.now());
        year.setItems(IntStream.rangeClosed(-8, 0).mapToObj(now::plusYears).toList());
        year.setItemLabelGenerator(FinancialYear::toString);
        year.setRequired(true);
        amount.setHelperText("In pounds, for example 18,000");
        amount.setRequired(true);
        recordedOn.setRequired(true);
        recordedOn.setMax(LocalDate.now());
        recordedOn.setI18n(
                new DatePicker.DatePickerI18n().setBadInputErrorMessage("Enter the date recorded, like 31/03/2026"));
        note.setHelperText("Optional: what delivered it, or where the figure comes from");
        note.setWidthFull();
        if (earlier == null) {
            year.setValue(now);
            recordedOn.setValue(LocalDate.now());
        } else {
            year.setValue(earlier.draft().year());
            amount.setValue(Money.format(earlier.draft().amount()).replace("£", ""));
            recordedOn.setValue(earlier.draft().recordedOn());
            note.setValue(earlier.draft().note() == null ? "" : earlier.draft().note());
        }
        errors.bind("year", year)
                .bind("amount", amount)
                .bind("recordedOn", recordedOn)
                .bind("note", note);
        add(new FormLayout(year, amount, recordedOn, note));
        Button save = new Button("Save saving", click -> {
            try {
                DeliveredSavingDraft draft =
                        new DeliveredSavingDraft(year.getValue(), parsedAmount(), checkedDate(), note.getValue());
                if (earlier == null) {
                    savings.record(actionId, draft);
                } else {
                    savings.change(earlier.id(), earlier.version(), draft);
                }
                close();
                afterSave.run();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private BigDecimal parsedAmount() {
        if (amount.getValue().isBlank()) {
            return null;
        }
        try {
            return Money.parse(amount.getValue());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("amount", e.getMessage());
        }
    }

    private LocalDate checkedDate() {
        if (recordedOn.isInvalid() && recordedOn.getValue() == null) {
            throw new InvalidInputException("recordedOn", "Enter the date recorded, like 31/03/2026");
        }
        return recordedOn.getValue();
    }
}

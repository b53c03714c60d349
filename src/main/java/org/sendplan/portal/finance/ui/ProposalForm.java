package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.finance.ProposalDraft;
import org.sendplan.portal.finance.ResourceProposalDetails;
import org.sendplan.portal.finance.ResourceProposalService;
import org.sendplan.portal.ui.FormErrors;

/** Starts a resource proposal, or changes its title, purpose, unit and years. */
class ProposalForm extends Dialog {

    private final TextField title = new TextField("Title");
    private final TextArea purpose = new TextArea("Purpose");
    private final ComboBox<MoneyUnit> unit = new ComboBox<>("Unit the figures are printed in");
    private final TextField firstYear = new TextField("First financial year");
    private final IntegerField numberOfYears = new IntegerField("Number of years");
    private final FormErrors errors = new FormErrors();

    ProposalForm(
            ResourceProposalService proposals,
            ResourceProposalDetails existing,
            Consumer<ResourceProposalDetails> afterSave) {
        setHeaderTitle(existing == null ? "Draft a resource proposal" : "Change the proposal's details");
        unit.setItems(MoneyUnit.values());
        unit.setItemLabelGenerator(MoneyUnit::label);
        firstYear.setHelperText("Like 2021/22");
        numberOfYears.setMin(1);
        numberOfYears.setMax(10);
        numberOfYears.setStepButtonsVisible(true);
        errors.bind("title", title)
                .bind("purpose", purpose)
                .bind("unit", unit)
                .bind("firstYear", firstYear)
                .bind("numberOfYears", numberOfYears);
        ProposalDraft current = existing == null
                ? new ProposalDraft("", "", MoneyUnit.THOUSANDS, FinancialYear.containing(LocalDate.now()), 4)
                : existing.draft();
        title.setValue(current.title());
        purpose.setValue(current.purpose() == null ? "" : current.purpose());
        unit.setValue(current.unit());
        firstYear.setValue(current.firstYear().toString());
        numberOfYears.setValue(current.numberOfYears());
        add(new FormLayout(title, purpose, unit, firstYear, numberOfYears));
        Button save = new Button("Save", click -> {
            try {
                ProposalDraft draft = new ProposalDraft(
                        title.getValue(),
                        purpose.getValue(),
                        unit.getValue(),
                        year(),
                        numberOfYears.getValue() == null ? 0 : numberOfYears.getValue());
                ResourceProposalDetails saved = existing == null
                        ? proposals.create(draft)
                        : proposals.update(existing.id(), existing.version(), draft);
                close();
                afterSave.accept(saved);
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private FinancialYear year() {
        try {
            return FinancialYear.parse(firstYear.getValue());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("firstYear", e.getMessage());
        }
    }
}

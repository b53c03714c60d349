package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.plans.PlanDraft;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.ui.FormErrors;

/** Creates a plan, or changes its heading when given it: title, the financial years it covers, what it is for. */
class AddPlanDialog extends Dialog {

    private final TextField title = new TextField("Title");
    private final ComboBox<FinancialYear> firstYear = new ComboBox<>("First financial year");
    private final ComboBox<FinancialYear> lastYear = new ComboBox<>("Last financial year");
    private final TextArea description = new TextArea("Description");
    private final FormErrors errors = new FormErrors();

    AddPlanDialog(PlanService plans, PlanSummary existing, Consumer<PlanSummary> afterSave) {
        setHeaderTitle(existing == null ? "Create a plan" : "Change the plan's details");
        FinancialYear now = FinancialYear.containing(LocalDate.now());
        List<FinancialYear> years =
                IntStream.rangeClosed(-8, 6).mapToObj(now::plusYears).toList();
        title.setRequired(true);
        title.setMaxLength(200);
        title.setHelperText("For example: SEND & Inclusion Strategy Delivery Plan 2019-22");
        firstYear.setItems(years);
        firstYear.setItemLabelGenerator(FinancialYear::toString);
        firstYear.setValue(now);
        lastYear.setItems(years);
        lastYear.setItemLabelGenerator(FinancialYear::toString);
        lastYear.setValue(now.plusYears(2));
        if (existing != null) {
            title.setValue(existing.title());
            firstYear.setValue(existing.firstYear());
            lastYear.setValue(existing.lastYear());
            description.setValue(existing.description() == null ? "" : existing.description());
        }
        errors.bind("title", title)
                .bind("firstYear", firstYear)
                .bind("lastYear", lastYear)
                .bind("description", description);
        add(new FormLayout(title, firstYear, lastYear, description));
        Button save = new Button(existing == null ? "Create plan" : "Save details", click -> {
            try {
                PlanDraft draft = new PlanDraft(
                        title.getValue(), firstYear.getValue(), lastYear.getValue(), description.getValue());
                PlanSummary saved =
                        existing == null ? plans.create(draft) : plans.update(existing.id(), existing.version(), draft);
                close();
                afterSave.accept(saved);
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}

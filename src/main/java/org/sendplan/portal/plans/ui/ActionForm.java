package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.plans.ActionDraft;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.ActionStatus;
import org.sendplan.portal.plans.PlanPerson;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.SavingsRating;
import org.sendplan.portal.plans.ThemeDetails;
import org.sendplan.portal.ui.FormErrors;

/**
 * Adds an action, or edits one as it was when opened. If someone else saved it meanwhile, the save is
 * refused with who and when, and the typed changes stay on screen to copy across after a reload.
 */
class ActionForm extends Dialog {

    private static final String BAD_DATE = "Enter the due date as a date, like 31/03/2026";

    private final ComboBox<ThemeDetails> theme = new ComboBox<>("Theme");
    private final TextArea activity = new TextArea("Activity");
    private final TextArea measure = new TextArea("Measure");
    private final TextArea expectedChange = new TextArea("Expected change");
    private final TextArea rationale = new TextArea("Rationale");
    private final ComboBox<SavingsRating> savingsRating = new ComboBox<>("Savings rating");
    private final TextArea savingsNarrative = new TextArea("Savings");
    private final TextField benefitsRealisation = new TextField("Benefits realisation");
    private final TextField lead = new TextField("Lead");
    private final TextArea capacityNote = new TextArea("Capacity note");
    private final ComboBox<PlanPerson> owner = new ComboBox<>("Owner");
    private final DatePicker dueDate = new DatePicker("Due date");
    private final ComboBox<ActionStatus> status = new ComboBox<>("Status");
    private final TextArea partners = new TextArea("Partner organisations");
    private final Paragraph refusal = new Paragraph();
    private final FormErrors errors = new FormErrors();

    ActionForm(
            UUID planId,
            ActionDetails existing,
            PlanService plans,
            ActionService actions,
            Consumer<ActionDetails> afterSave) {
        setHeaderTitle(existing == null ? "Add an action" : "Edit action");
        setWidth("min(64rem, 100vw)");
        List<ThemeDetails> themes = plans.themes(planId);
        theme.setItems(themes);
        theme.setItemLabelGenerator(ThemeDetails::title);
        theme.setRequired(true);
        activity.setRequired(true);
        savingsRating.setItems(SavingsRating.values());
        savingsRating.setItemLabelGenerator(SavingsRating::label);
        savingsRating.setClearButtonVisible(true);
        List<PlanPerson> people = actions.possibleOwners();
        owner.setItems(people);
        owner.setItemLabelGenerator(PlanPerson::name);
        owner.setClearButtonVisible(true);
        owner.setHelperText("A member of this local authority");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        status.setValue(ActionStatus.NOT_STARTED);
        partners.setHelperText("One organisation a line");
        dueDate.setHelperText("For example 31/03/2026");
        dueDate.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(BAD_DATE));
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        errors.bind("themeId", theme)
                .bind("activity", activity)
                .bind("ownerId", owner)
                .bind("dueDate", dueDate);
        MilestoneEditor milestones = new MilestoneEditor(existing == null ? List.of() : existing.milestones());
        SavingsEditor savings = new SavingsEditor(existing == null ? List.of() : existing.savings());
        if (existing != null) {
            fill(existing, themes, people);
        } else if (themes.size() == 1) {
            theme.setValue(themes.getFirst());
        }
        FormLayout form = new FormLayout(
                theme,
                activity,
                measure,
                expectedChange,
                rationale,
                savingsRating,
                savingsNarrative,
                benefitsRealisation,
                lead,
                capacityNote,
                owner,
                dueDate,
                status,
                partners);
        form.setColspan(activity, 2);
        add(refusal, form, milestones, savings);
        Button save = new Button(existing == null ? "Add action" : "Save changes", click -> {
            refusal.setVisible(false);
            errors.clear();
            try {
                if (dueDate.isInvalid()) {
                    throw new InvalidInputException("dueDate", BAD_DATE);
                }
                ActionDraft draft = draft(milestones, savings);
                ActionDetails saved = existing == null
                        ? actions.add(planId, draft)
                        : actions.update(existing.id(), existing.version(), draft);
                close();
                afterSave.accept(saved);
            } catch (InvalidInputException e) {
                if (e.field() == null
                        || e.field().equals("milestones")
                        || e.field().equals("savings")) {
                    refusal.setText(e.getMessage());
                    refusal.setVisible(true);
                } else {
                    errors.show(e);
                }
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void fill(ActionDetails a, List<ThemeDetails> themes, List<PlanPerson> people) {
        themes.stream().filter(t -> t.id().equals(a.themeId())).findFirst().ifPresent(theme::setValue);
        activity.setValue(nz(a.activity()));
        measure.setValue(nz(a.measure()));
        expectedChange.setValue(nz(a.expectedChange()));
        rationale.setValue(nz(a.rationale()));
        savingsRating.setValue(a.savingsRating());
        savingsNarrative.setValue(nz(a.savingsNarrative()));
        benefitsRealisation.setValue(nz(a.benefitsRealisation()));
        lead.setValue(nz(a.lead()));
        capacityNote.setValue(nz(a.capacityNote()));
        people.stream().filter(p -> p.id().equals(a.ownerId())).findFirst().ifPresent(owner::setValue);
        dueDate.setValue(a.dueDate());
        status.setValue(a.status());
        partners.setValue(String.join("\n", a.partners()));
    }

    private ActionDraft draft(MilestoneEditor milestones, SavingsEditor savings) {
        return new ActionDraft(
                theme.getValue() == null ? null : theme.getValue().id(),
                activity.getValue(),
                measure.getValue(),
                expectedChange.getValue(),
                rationale.getValue(),
                savingsRating.getValue(),
                savingsNarrative.getValue(),
                benefitsRealisation.getValue(),
                lead.getValue(),
                capacityNote.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(),
                dueDate.getValue(),
                status.getValue(),
                Arrays.stream(partners.getValue().split("\n")).toList(),
                milestones.value(),
                savings.value());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

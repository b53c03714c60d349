package org.sendplan.portal.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationDraft;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.SchoolPhase;
import org.sendplan.portal.ui.FormErrors;

/** Adds an organisation, or changes one when given its current details. */
class OrganisationForm extends Dialog {

    private final ComboBox<OrganisationKind> kind = new ComboBox<>("Kind of organisation");
    private final TextField name = new TextField("Name");
    private final TextField urn = new TextField("URN");
    private final ComboBox<SchoolPhase> phase = new ComboBox<>("Phase");
    private final TextField planningArea = new TextField("Planning area");
    private final FormErrors errors = new FormErrors();

    OrganisationForm(OrganisationService organisations, OrganisationDetails existing, Runnable afterSave) {
        setHeaderTitle(existing == null ? "Add an organisation" : "Change " + existing.name());
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(OrganisationKind::label);
        kind.setRequired(true);
        name.setRequired(true);
        name.setMaxLength(200);
        urn.setHelperText("Six-digit unique reference number, schools only");
        urn.setMaxLength(6);
        phase.setItems(SchoolPhase.values());
        phase.setItemLabelGenerator(SchoolPhase::label);
        planningArea.setMaxLength(80);
        kind.addValueChangeListener(e -> showSchoolFields(e.getValue() == OrganisationKind.SCHOOL));
        errors.bind("kind", kind)
                .bind("name", name)
                .bind("urn", urn)
                .bind("phase", phase)
                .bind("planningArea", planningArea);
        if (existing != null) {
            kind.setValue(existing.kind());
            name.setValue(existing.name());
            urn.setValue(existing.urn() == null ? "" : existing.urn());
            phase.setValue(existing.phase());
            planningArea.setValue(existing.planningArea() == null ? "" : existing.planningArea());
        } else {
            kind.setValue(OrganisationKind.SCHOOL);
        }
        add(new FormLayout(kind, name, urn, phase, planningArea));
        Button save = new Button("Save", click -> {
            OrganisationDraft draft = new OrganisationDraft(
                    kind.getValue(),
                    name.getValue(),
                    urn.getValue().isBlank() ? null : urn.getValue().trim(),
                    phase.getValue(),
                    planningArea.getValue());
            try {
                if (existing == null) {
                    organisations.create(draft);
                } else {
                    organisations.update(existing.id(), existing.version(), draft);
                }
                Notification.show(draft.name().trim() + " is saved.");
                close();
                afterSave.run();
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void showSchoolFields(boolean school) {
        urn.setVisible(school);
        phase.setVisible(school);
    }
}

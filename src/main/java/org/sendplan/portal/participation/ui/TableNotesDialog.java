package org.sendplan.portal.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sendplan.portal.participation.ConsultationQuestion;
import org.sendplan.portal.participation.ConsultationService;
import org.sendplan.portal.ui.FormErrors;

/** A facilitator enters a table's notes on one question, on behalf of the named group. */
class TableNotesDialog extends Dialog {

    private final TextField group = new TextField("Group or table");
    private final TextArea notes = new TextArea("The table's notes");
    private final FormErrors errors = new FormErrors();

    TableNotesDialog(ConsultationService consultations, ConsultationQuestion question, Runnable afterSave) {
        setHeaderTitle("Table notes on question " + question.position());
        group.setHelperText("For example: Table 3, or Forum coffee morning");
        group.setMaxLength(200);
        errors.bind("groupName", group).bind("text", notes);
        add(new FormLayout(group, notes));
        Button save = new Button("Save notes", click -> {
            try {
                consultations.recordTableNotes(question.id(), group.getValue(), notes.getValue());
                close();
                afterSave.run();
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}

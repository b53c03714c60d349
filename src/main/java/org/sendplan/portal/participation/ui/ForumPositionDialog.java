package org.sendplan.portal.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.sendplan.portal.participation.ForumPosition;
import org.sendplan.portal.participation.ForumPositionDetails;
import org.sendplan.portal.participation.ForumSignOffService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.ui.FormErrors;

/** The forum lead records, or revises, the forum's position on the version going to the board. */
class ForumPositionDialog extends Dialog {

    private final RadioButtonGroup<ForumPosition> position = new RadioButtonGroup<>("The forum's position");
    private final TextArea statement = new TextArea("Statement");
    private final FormErrors errors = new FormErrors();

    ForumPositionDialog(
            ForumSignOffService signOffs, PlanSummary plan, ForumPositionDetails existing, Runnable afterSave) {
        setHeaderTitle("The forum's position on version " + plan.nextVersionNumber());
        position.setItems(ForumPosition.values());
        position.setItemLabelGenerator(ForumPosition::label);
        statement.setHelperText("What the board should know of the forum's view (up to 2,000 characters)");
        statement.setMaxLength(2000);
        statement.setWidthFull();
        if (existing != null) {
            position.setValue(existing.position());
            statement.setValue(existing.statement());
        }
        errors.bind("position", position).bind("statement", statement);
        add(new FormLayout(position, statement));
        Button save = new Button("Record position", click -> {
            try {
                signOffs.record(
                        plan.id(),
                        existing == null ? null : existing.version(),
                        position.getValue(),
                        statement.getValue());
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

package org.sendplan.portal.comments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.sendplan.portal.ui.FormErrors;

/** Asks a moderator why (and, for a pause, until when) before a decision the author will be told about. */
class ModerationDialog extends Dialog {

    @FunctionalInterface
    interface Decision {
        void take(String reason, LocalDate until);
    }

    ModerationDialog(
            String title, String explanation, String confirmLabel, boolean askUntil, Decision decision, Runnable done) {
        setHeaderTitle(title);
        TextArea reason = new TextArea("Reason (the author is told)");
        reason.setWidthFull();
        DatePicker until = new DatePicker("Paused until (the last day)");
        FormErrors errors = new FormErrors().bind("reason", reason).bind("until", until);
        add(new Paragraph(explanation), reason);
        if (askUntil) {
            add(until);
        }
        Button confirm = new Button(confirmLabel, click -> {
            try {
                decision.take(reason.getValue(), until.getValue());
                close();
                done.run();
            } catch (RuntimeException refused) {
                errors.show(refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}

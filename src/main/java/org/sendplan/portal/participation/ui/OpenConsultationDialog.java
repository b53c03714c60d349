package org.sendplan.portal.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Consumer;
import org.sendplan.portal.participation.ConsultationDetails;
import org.sendplan.portal.participation.ConsultationDraft;
import org.sendplan.portal.participation.ConsultationService;
import org.sendplan.portal.ui.FormErrors;

/** Opens a consultation on the plan's version in consultation: the window and the discussion questions, one a line. */
class OpenConsultationDialog extends Dialog {

    private final DatePicker opensOn = new DatePicker("Opens on");
    private final DatePicker closesOn = new DatePicker("Closes on");
    private final TextArea questions = new TextArea("Discussion questions");
    private final FormErrors errors = new FormErrors();

    OpenConsultationDialog(ConsultationService consultations, UUID planId, Consumer<ConsultationDetails> afterSave) {
        setHeaderTitle("Open a consultation");
        opensOn.setValue(LocalDate.now());
        closesOn.setHelperText("Answers are taken until the end of this day");
        questions.setHelperText("One question a line, in the order to ask them");
        questions.setMinHeight("12em");
        errors.bind("opensOn", opensOn).bind("closesOn", closesOn).bind("questions", questions);
        add(new FormLayout(opensOn, closesOn, questions));
        Button open = new Button("Open consultation", click -> {
            try {
                ConsultationDetails saved = consultations.open(
                        planId,
                        new ConsultationDraft(
                                opensOn.getValue(),
                                closesOn.getValue(),
                                Arrays.asList(questions.getValue().split("\\R"))));
                close();
                afterSave.accept(saved);
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), open);
    }
}

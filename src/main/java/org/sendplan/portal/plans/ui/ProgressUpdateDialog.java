package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDate;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Rag;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.plans.EvidenceUpload;
import org.sendplan.portal.plans.ProgressDraft;
import org.sendplan.portal.plans.ProgressService;
import org.sendplan.portal.ui.FormErrors;

/** Posts a dated progress update; a change of RAG asks for its reason; evidence is optional. */
class ProgressUpdateDialog extends Dialog {

    static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

    private final DatePicker date = new DatePicker("Date of the update");
    private final TextArea narrative = new TextArea("What has happened");
    private final RadioButtonGroup<Rag> rag = new RadioButtonGroup<>("RAG");
    private final TextArea reason = new TextArea("Reason for changing the RAG");
    private final Paragraph evidenceState = new Paragraph("No evidence attached.");
    private final Paragraph refusal = new Paragraph();
    private final FormErrors errors = new FormErrors();
    private EvidenceUpload evidence;

    ProgressUpdateDialog(ActionDetails action, ProgressService progress, Runnable afterPost) {
        setHeaderTitle("Post a progress update");
        setWidth("min(48rem, 100vw)");
        date.setValue(LocalDate.now());
        date.setMax(LocalDate.now());
        date.setRequired(true);
        date.setI18n(new DatePicker.DatePickerI18n()
                .setBadInputErrorMessage("Enter the date of the update, like 31/03/2026"));
        narrative.setRequired(true);
        narrative.setWidthFull();
        rag.setItems(Rag.values());
        rag.setItemLabelGenerator(r -> r.label() + " – " + r.meaning());
        rag.setValue(action.rag());
        reason.setHelperText("Needed when the RAG changes from " + action.rag().label());
        reason.setVisible(false);
        rag.addValueChangeListener(e -> reason.setVisible(e.getValue() != action.rag()));
        Upload file = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> attach(new EvidenceUpload(metadata.fileName(), bytes))))));
        file.setMaxFileSize(MAX_EVIDENCE_BYTES);
        file.addFileRejectedListener(e -> evidenceState.setText("That file was not accepted: " + e.getErrorMessage()
                + " Evidence may be a PDF, Word, Excel or image file of at most 10 MB."));
        refusal.getElement().setAttribute("role", "alert");
        refusal.addClassName("form-refusal");
        refusal.setVisible(false);
        errors.bind("date", date).bind("narrative", narrative).bind("rag", rag).bind("reason", reason);
        add(
                refusal,
                new FormLayout(date, rag, narrative, reason),
                new Paragraph("Evidence (optional): PDF, Word, Excel or an image, at most 10 MB."),
                file,
                evidenceState);
        Button post = new Button("Post update", click -> {
            refusal.setVisible(false);
            try {
                if (date.isInvalid()) {
                    throw new InvalidInputException("date", "Enter the date of the update, like 31/03/2026");
                }
                progress.post(
                        action.id(),
                        action.version(),
                        new ProgressDraft(date.getValue(), narrative.getValue(), rag.getValue(), reason.getValue()),
                        evidence);
                close();
                afterPost.run();
            } catch (InvalidInputException e) {
                if (e.field() == null || e.field().equals("evidence")) {
                    refusal.setText(e.getMessage());
                    refusal.setVisible(true);
                } else {
                    reason.setVisible(reason.isVisible() || "reason".equals(e.field()));
                    errors.show(e);
                }
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), post);
    }

    void attach(EvidenceUpload upload) {
        evidence = upload;
        evidenceState.setText(
                "Attached: " + upload.fileName() + " (" + Math.max(1, upload.content().length / 1024) + " KB).");
    }
}

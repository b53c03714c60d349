package org.sendplan.portal.comments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.sendplan.portal.comments.CommentDetails;
import org.sendplan.portal.ui.FormErrors;

/** Asks why a comment is being reported; moderators read the reason in their queue. */
class ReportDialog extends Dialog {

    ReportDialog(CommentDetails comment, CommentThread thread) {
        setHeaderTitle("Report this comment");
        TextArea reason = new TextArea("Why should a moderator look at it?");
        reason.setWidthFull();
        reason.setHelperText("For example: personal information about a child, abuse, or advertising.");
        FormErrors errors = new FormErrors().bind("reason", reason);
        add(
                new Paragraph("Comment from " + comment.authorName() + ". The author is not told who reported it."),
                reason);
        Button report = new Button("Report comment", click -> {
            try {
                thread.report(comment, reason.getValue());
                close();
            } catch (RuntimeException refused) {
                errors.show(refused);
            }
        });
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), report);
    }
}

package org.sendplan.portal.comments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.UUID;
import org.sendplan.portal.comments.CommentService;
import org.sendplan.portal.ui.FormErrors;

/**
 * Writing a comment, reply or correction: a text area with its rules in words, a way to mention a member by
 * name, and a save that keeps the text when the service refuses it (too long, too fast, paused).
 */
class CommentEditor extends Div {

    @FunctionalInterface
    interface Save {
        /** Returns normally when saved; a refusal is shown beside the text, which stays as typed. */
        void save(String text);
    }

    private final TextArea text;

    /** With {@code close} null the editor stays and empties after a save; otherwise it offers Cancel and closes after either. */
    CommentEditor(
            String label, String initial, String saveLabel, Save save, Runnable close, Map<String, UUID> members) {
        addClassName("comment-editor");
        text = new TextArea(label);
        text.setValue(initial);
        text.setWidthFull();
        text.setHelperText(String.format(
                "Plain text, up to %,d characters. Links starting http:// or https:// work. "
                        + "Mention someone with @ and their name, or choose them below.",
                CommentService.MAX_LENGTH));
        ComboBox<String> mention = new ComboBox<>("Mention someone");
        mention.setItems(members.keySet());
        mention.setClearButtonVisible(true);
        mention.addValueChangeListener(chosen -> {
            if (chosen.getValue() != null) {
                String before = text.getValue();
                text.setValue(before + (before.isEmpty() || before.endsWith(" ") || before.endsWith("\n") ? "" : " ")
                        + "@" + chosen.getValue() + " ");
                mention.clear();
                text.focus();
            }
        });
        FormErrors errors = new FormErrors().bind("text", text);
        Button post = new Button(saveLabel, click -> {
            try {
                errors.clear();
                save.save(text.getValue());
                if (close == null) {
                    text.clear();
                } else {
                    close.run();
                }
            } catch (RuntimeException refused) {
                errors.show(refused);
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(post);
        if (close != null) {
            buttons.add(new Button("Cancel", click -> close.run()));
        }
        HorizontalLayout mentionRow = new HorizontalLayout(mention);
        mentionRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(text, mentionRow, buttons);
    }
}

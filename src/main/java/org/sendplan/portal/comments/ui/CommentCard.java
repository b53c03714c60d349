package org.sendplan.portal.comments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.sendplan.portal.comments.CommentDetails;
import org.sendplan.portal.comments.CommentOutcome;
import org.sendplan.portal.comments.CommentState;
import org.sendplan.portal.comments.EditWindow;
import org.sendplan.portal.common.DisplayFormats;

/**
 * One comment in a thread: who and when, an "edited" mark, the official-response label (in words, not only
 * colour), the text or what replaced it, what happened to it, and the actions this person may take on it.
 */
class CommentCard extends Div {

    private final CommentThread thread;
    private final Div editor = new Div();
    private CommentDetails comment;

    CommentCard(CommentDetails comment, CommentThread thread) {
        this.thread = thread;
        addClassName("comment");
        show(comment);
    }

    CommentDetails comment() {
        return comment;
    }

    void show(CommentDetails shown) {
        this.comment = shown;
        removeAll();
        editor.removeAll();
        getElement().setAttribute("role", "article");
        getElement()
                .setAttribute(
                        "aria-label",
                        (shown.official() ? "Official response from " : "Comment from ") + shown.authorName());
        setClassName("official-response", shown.official());
        if (shown.official()) {
            Span label = new Span("Official response from the local authority");
            label.addClassName("official-label");
            add(label);
        }
        Span header = new Span(shown.authorName() + " · " + DisplayFormats.TIME_ON_DAY.format(shown.postedAt())
                + (shown.edited() ? " · edited" : ""));
        header.addClassName("comment-meta");
        add(header);
        add(content(shown));
        if (thread.outcomesRecorded()) {
            add(whatHappened(shown));
        }
        add(editor, actions(shown));
    }

    private Div content(CommentDetails shown) {
        if (shown.state() == CommentState.WITHDRAWN) {
            return notice("Comment withdrawn");
        }
        if (shown.state() == CommentState.HIDDEN && shown.text().isEmpty()) {
            return notice("This comment was hidden by a moderator.");
        }
        Div content = new Div(new CommentBody(shown.text(), thread.members()));
        if (shown.state() == CommentState.HIDDEN) {
            content.addComponentAsFirst(notice(
                    "Hidden by a moderator, so only you and moderators see it. Reason: " + shown.hiddenReason()));
        }
        return content;
    }

    /** "What happened to this": the changes the comment led to, each with the authority's statement, who and when. */
    private Details whatHappened(CommentDetails shown) {
        List<CommentOutcome> outcomes = thread.outcomesOf(shown);
        Div told = new Div();
        if (outcomes.isEmpty()) {
            told.add(new Paragraph("Nothing recorded yet."));
        }
        for (CommentOutcome outcome : outcomes) {
            Div one = new Div(
                    new Paragraph(new Anchor(outcome.changeLink(), outcome.change())),
                    new Paragraph(outcome.statement()),
                    new Paragraph("Linked by " + outcome.linkedBy() + " at "
                            + DisplayFormats.TIME_ON_DAY.format(outcome.linkedAt())));
            one.addClassName("comment-outcome");
            told.add(one);
        }
        Details details = new Details("What happened to this", told);
        details.addClassName("comment-what-happened");
        return details;
    }

    private static Div notice(String text) {
        Div notice = new Div(new Paragraph(text));
        notice.addClassName("comment-notice");
        return notice;
    }

    private HorizontalLayout actions(CommentDetails shown) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.addClassName("comment-actions");
        if (shown.state() != CommentState.VISIBLE) {
            return actions;
        }
        if (thread.mayComment()) {
            actions.add(small(
                    "Reply", () -> openEditor("Your reply", "", "Post reply", text -> thread.reply(shown, text))));
        }
        if (shown.editable()) {
            Button edit = small(
                    "Edit",
                    () -> openEditor("Your comment", shown.text(), "Save changes", text -> thread.edit(shown, text)));
            edit.setTooltipText(
                    "You can edit until " + DisplayFormats.TIME_ON_DAY.format(EditWindow.closesAt(shown.postedAt())));
            actions.add(edit);
        }
        if (shown.mine()) {
            actions.add(small("Withdraw", this::confirmWithdrawal));
        }
        if (shown.isReply() && thread.officer()) {
            actions.add(small(
                    shown.official() ? "Remove official response mark" : "Mark as official response",
                    () -> thread.markOfficial(shown, !shown.official())));
        }
        if (thread.mayLink()) {
            actions.add(small("Link to a change", () -> thread.linkToChange(shown)));
        }
        if (!shown.mine()) {
            actions.add(small("Report", () -> new ReportDialog(shown, thread).open()));
        }
        return actions;
    }

    private void openEditor(String label, String text, String saveLabel, CommentEditor.Save save) {
        editor.removeAll();
        editor.add(new CommentEditor(label, text, saveLabel, save, editor::removeAll, thread.members()));
    }

    private void confirmWithdrawal() {
        ConfirmDialog confirm = new ConfirmDialog(
                "Withdraw this comment?",
                "It will show as \"Comment withdrawn\" to everyone. This cannot be undone.",
                "Withdraw comment",
                click -> thread.withdraw(comment));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }
}

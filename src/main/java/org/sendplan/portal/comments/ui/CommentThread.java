package org.sendplan.portal.comments.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sendplan.portal.comments.CommentDetails;
import org.sendplan.portal.comments.CommentOutcome;
import org.sendplan.portal.comments.CommentPosted;
import org.sendplan.portal.comments.CommentService;
import org.sendplan.portal.comments.CommentTarget;
import org.sendplan.portal.comments.ModerationService;
import org.sendplan.portal.comments.TargetDescription;
import org.sendplan.portal.tenancy.TenantContext;

/**
 * The comments on one record, as threads of replies under each first comment. New comments from others appear
 * while the page is open (Vaadin Push) and are announced to screen readers; an open reply or edit is kept.
 */
public class CommentThread extends Div {

    static final String ALL = "All comments";
    static final String OFFICIAL = "Official responses";

    private final CommentTarget target;
    private final CommentService comments;
    private final ModerationService moderation;
    private final CommentBroadcaster broadcaster;
    private final boolean officer;
    private final TargetDescription described;
    private final Map<String, UUID> members;
    private final ThreadOutcomes outcomes;
    private final boolean mayLink;
    private final Map<UUID, List<CommentOutcome>> outcomesShown = new HashMap<>();
    private final Map<UUID, CommentCard> cards = new HashMap<>();
    private final Map<UUID, Div> replies = new HashMap<>();
    private final Div threads = new Div();
    private final Div announcer = new Div();
    private final RadioButtonGroup<String> show = new RadioButtonGroup<>("Show");
    private Registration registration;

    CommentThread(
            CommentTarget target,
            CommentService comments,
            ModerationService moderation,
            CommentBroadcaster broadcaster,
            boolean officer,
            ThreadOutcomes outcomes) {
        this.target = target;
        this.comments = comments;
        this.moderation = moderation;
        this.broadcaster = broadcaster;
        this.officer = officer;
        this.described = comments.target(target);
        this.members = comments.mentionable();
        this.outcomes = outcomes;
        this.mayLink = outcomes.mayLink();
        addClassName("comment-thread");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("role", "status");
        announcer.addClassName("comment-announcer");
        show.setItems(ALL, OFFICIAL);
        show.setValue(ALL);
        show.addValueChangeListener(changed -> reload());
        threads.addClassName("comment-threads");
        add(new H2("Comments"), show, announcer, threads);
        if (described.mayComment()) {
            add(new CommentEditor(
                    "Your comment",
                    "",
                    "Post comment",
                    text -> {
                        shown(comments.post(target, text));
                        Notification.show("Your comment is posted.");
                    },
                    null,
                    members));
        } else {
            add(new Paragraph(described.closedBecause()));
        }
        reload();
    }

    Map<String, UUID> members() {
        return members;
    }

    boolean mayComment() {
        return described.mayComment();
    }

    boolean officer() {
        return officer;
    }

    boolean outcomesRecorded() {
        return outcomes.recorded();
    }

    boolean mayLink() {
        return mayLink;
    }

    List<CommentOutcome> outcomesOf(CommentDetails comment) {
        return outcomesShown.getOrDefault(comment.id(), List.of());
    }

    void linkToChange(CommentDetails comment) {
        outcomes.link(comment, () -> {
            outcomesShown.put(comment.id(), outcomes.of(List.of(comment.id())).getOrDefault(comment.id(), List.of()));
            cards.get(comment.id()).show(comment);
            Notification.show("The comment is linked to the change it led to.");
        });
    }

    void reply(CommentDetails to, String text) {
        shown(comments.reply(to.id(), text));
        Notification.show("Your reply is posted.");
    }

    void edit(CommentDetails comment, String text) {
        cards.get(comment.id()).show(comments.edit(comment.id(), comment.version(), text));
        Notification.show("Your comment is changed.");
    }

    void withdraw(CommentDetails comment) {
        cards.get(comment.id()).show(comments.withdraw(comment.id(), comment.version()));
        Notification.show("Your comment is withdrawn.");
    }

    void markOfficial(CommentDetails comment, boolean official) {
        cards.get(comment.id()).show(comments.markOfficial(comment.id(), comment.version(), official));
        Notification.show(
                official
                        ? "The reply is marked as the authority's official response."
                        : "The official response mark is removed.");
    }

    void report(CommentDetails comment, String reason) {
        moderation.report(comment.id(), reason);
        Notification.show("Thank you. A moderator will look at this comment.");
    }

    private void reload() {
        threads.removeAll();
        cards.clear();
        replies.clear();
        List<CommentDetails> all = comments.thread(target);
        outcomesShown.clear();
        outcomesShown.putAll(outcomes.of(all.stream().map(CommentDetails::id).toList()));
        if (OFFICIAL.equals(show.getValue())) {
            all.stream().filter(CommentDetails::official).forEach(this::startThread);
        } else {
            all.stream().filter(c -> !c.isReply()).forEach(this::startThread);
            all.stream().filter(CommentDetails::isReply).forEach(this::place);
        }
        if (cards.isEmpty()) {
            threads.add(new Paragraph(
                    OFFICIAL.equals(show.getValue()) ? "No official responses yet." : "No comments yet."));
        }
    }

    /** A comment this person just posted, or one that arrived: placed at once, and only once. */
    private void shown(CommentDetails comment) {
        if (cards.containsKey(comment.id()) || OFFICIAL.equals(show.getValue())) {
            return;
        }
        if (cards.isEmpty()) {
            threads.removeAll();
        }
        place(comment);
    }

    private void place(CommentDetails comment) {
        Div under = comment.isReply() ? replies.get(comment.parentId()) : null;
        if (under == null) {
            startThread(comment);
            return;
        }
        CommentCard card = new CommentCard(comment, this);
        cards.put(comment.id(), card);
        under.add(card);
    }

    private void startThread(CommentDetails comment) {
        CommentCard card = new CommentCard(comment, this);
        cards.put(comment.id(), card);
        Div replyList = new Div();
        replyList.addClassName("comment-replies");
        replies.put(comment.id(), replyList);
        Div thread = new Div(card, replyList);
        thread.addClassName("comment-thread-item");
        threads.add(thread);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        registration = broadcaster.register(TenantContext.currentTenantId().orElseThrow(), target, posted -> {
            try {
                ui.access(() -> arrived(posted));
            } catch (UIDetachedException closedMeanwhile) {
                // The page was closed between the post and its delivery: nobody is left to tell.
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    /** Runs under the UI's lock with the session's sign-in; dropped if that session has since moved to another tenant. */
    private void arrived(CommentPosted posted) {
        if (cards.containsKey(posted.commentId())
                || !posted.tenantId().equals(TenantContext.currentTenantId().orElse(null))) {
            return;
        }
        comments.comment(posted.commentId()).ifPresent(comment -> {
            shown(comment);
            announcer.setText("New comment from " + posted.authorName());
        });
    }
}

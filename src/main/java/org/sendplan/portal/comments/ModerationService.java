package org.sendplan.portal.comments;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sendplan.portal.comments.CommentPeople.Viewer;
import org.sendplan.portal.comments.internal.Comment;
import org.sendplan.portal.comments.internal.CommentReport;
import org.sendplan.portal.comments.internal.CommentReports;
import org.sendplan.portal.comments.internal.CommentingPause;
import org.sendplan.portal.comments.internal.CommentingPauses;
import org.sendplan.portal.comments.internal.Comments;
import org.sendplan.portal.comments.internal.ModerationLog;
import org.sendplan.portal.comments.internal.ModerationRecord;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.PortalTime;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.notifications.NotificationRequest;
import org.sendplan.portal.notifications.NotificationType;
import org.sendplan.portal.notifications.Notifications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports, and what moderators (tenant administrators and members given the moderator duty) do about them.
 * Every decision is written to the moderation log, and the author is told what was hidden and why.
 */
@Service
@Transactional(readOnly = true)
public class ModerationService {

    static final int MAX_REASON = 1000;

    private final Comments comments;
    private final CommentReports reports;
    private final ModerationLog log;
    private final CommentingPauses pauses;
    private final CommentTargetRegistry targets;
    private final CommentPeople people;
    private final Notices notices;
    private final Notifications notifications;
    private final CurrentUser currentUser;

    ModerationService(
            Comments comments,
            CommentReports reports,
            ModerationLog log,
            CommentingPauses pauses,
            CommentTargetRegistry targets,
            CommentPeople people,
            Notices notices,
            Notifications notifications,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.comments = comments;
        this.reports = reports;
        this.log = log;
        this.pauses = pauses;
        this.targets = targets;
        this.people = people;
        this.notices = notices;
        this.notifications = notifications;
    }

    /** Anyone who can read a comment can report it, once until a moderator has looked at it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void report(UUID commentId, String reason) {
        SignedInUser reporter = currentUser.requireInTenant();
        Comment comment = comments.findById(commentId)
                .orElseThrow(() -> new InvalidInputException("That comment no longer exists"));
        targets.readable(comment.target());
        String why = reason("reason", reason, "Say why you are reporting this comment");
        if (reports.existsByCommentIdAndReportedByIdAndStatus(
                commentId, reporter.personId(), CommentReport.Status.OPEN)) {
            throw new InvalidInputException(
                    "reason", "You have already reported this comment; a moderator will look at it");
        }
        reports.save(new CommentReport(commentId, reporter.personId(), reporter.displayName(), why, people.now()));
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'MODERATOR')")
    public List<ReportedComment> queue() {
        Map<UUID, List<CommentReport>> byComment =
                reports.findByStatusOrderByReportedAt(CommentReport.Status.OPEN).stream()
                        .collect(Collectors.groupingBy(
                                CommentReport::commentId, LinkedHashMap::new, Collectors.toList()));
        Viewer viewer = people.viewer();
        return comments.findByIdIn(byComment.keySet()).stream()
                .map(c -> new ReportedComment(
                        CommentService.details(c, viewer),
                        describe(c),
                        byComment.get(c.id()).stream()
                                .map(r -> r.reportedByName() + ": " + r.reason())
                                .toList()))
                .toList();
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'MODERATOR')")
    public List<ReportedComment> hidden() {
        Viewer viewer = people.viewer();
        return comments.findByStateOrderByPostedAtDesc(CommentState.HIDDEN).stream()
                .map(c -> new ReportedComment(CommentService.details(c, viewer), describe(c), List.of()))
                .toList();
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'MODERATOR')")
    @Transactional
    public void hide(Collection<UUID> commentIds, String reason) {
        String why = reason("reason", reason, "Say why these comments are hidden: their authors are told");
        for (Comment comment : chosen(commentIds)) {
            hideOne(comment, why, "Hid a comment");
        }
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'MODERATOR')")
    @Transactional
    public void restore(Collection<UUID> commentIds) {
        for (Comment comment : chosen(commentIds)) {
            if (comment.state() == CommentState.HIDDEN) {
                comment.restore();
                record("Restored a comment", comment.id(), comment.authorId(), comment.authorName(), null);
                notices.tell(
                        comment.authorId(),
                        "Your comment is shown again",
                        "A moderator restored your comment on "
                                + describe(comment).title() + ".",
                        describe(comment).link());
                toldOfDecision(
                        comment.authorId(),
                        "A moderator restored your comment on "
                                + describe(comment).title());
            }
        }
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'MODERATOR')")
    @Transactional
    public void dismissReports(Collection<UUID> commentIds) {
        for (Comment comment : chosen(commentIds)) {
            closeReports(comment.id(), CommentReport.Status.DISMISSED);
            record("Dismissed the reports", comment.id(), comment.authorId(), comment.authorName(), null);
        }
    }

    /** Hides everything one person has posted that is still shown, for abuse across many threads. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'MODERATOR')")
    @Transactional
    public int hideAllBy(UUID personId, String reason) {
        String why = reason("reason", reason, "Say why all of this person's comments are hidden: they are told");
        List<Comment> theirs = comments.findByAuthorIdAndStateNot(personId, CommentState.WITHDRAWN).stream()
                .filter(c -> c.state() == CommentState.VISIBLE)
                .toList();
        theirs.forEach(c -> hideOne(c, why, "Hid a comment (all of one person's)"));
        record("Hid all of one person's comments (" + theirs.size() + ")", null, personId, name(personId), why);
        return theirs.size();
    }

    /** Stops one person commenting through the whole of {@code until}. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'MODERATOR')")
    @Transactional
    public void pause(UUID personId, LocalDate until, String reason) {
        String why = reason("reason", reason, "Say why this person's commenting is paused: they are told");
        LocalDate today = LocalDate.now(people.clock().withZone(PortalTime.LONDON));
        if (until == null || until.isBefore(today)) {
            throw new InvalidInputException("until", "Choose the last day of the pause: today or later");
        }
        pauses.save(new CommentingPause(
                personId, until, why, currentUser.requireInTenant().displayName(), people.now()));
        record("Paused commenting until " + until, null, personId, name(personId), why);
        notices.tell(
                personId,
                "Your commenting is paused",
                "A moderator paused your commenting until " + until + ": " + why,
                null);
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'MODERATOR')")
    public List<ModerationEntry> log() {
        return log.findTop500ByOrderByActedAtDesc().stream()
                .map(r -> new ModerationEntry(
                        r.actedAt(), r.moderatorName(), r.action(), r.personName(), r.commentId(), r.reason()))
                .toList();
    }

    private void hideOne(Comment comment, String why, String action) {
        comment.hide(why);
        closeReports(comment.id(), CommentReport.Status.ACTED_ON);
        record(action, comment.id(), comment.authorId(), comment.authorName(), why);
        TargetDescription target = describe(comment);
        notices.tell(
                comment.authorId(),
                "A moderator hid your comment",
                "Your comment on " + target.title() + " was hidden because: " + why + ". It said: \""
                        + Notices.excerpt(comment.body()) + "\"",
                target.link());
        toldOfDecision(
                comment.authorId(), "A moderator hid your comment on " + target.title() + ": your messages say why");
    }

    /** The message keeps the full account (what was hidden and why); the notification points the author to it. */
    private void toldOfDecision(UUID authorId, String summary) {
        notifications.notify(NotificationRequest.of(
                Set.of(authorId),
                NotificationType.DECISION_ON_WHAT_I_RAISED,
                summary,
                TenantAddress.of(currentUser.requireInTenant().tenant().slug(), "messages")));
    }

    private void closeReports(UUID commentId, CommentReport.Status outcome) {
        reports.findByCommentIdInAndStatus(List.of(commentId), CommentReport.Status.OPEN)
                .forEach(r -> r.close(outcome));
    }

    private List<Comment> chosen(Collection<UUID> commentIds) {
        if (commentIds == null || commentIds.isEmpty()) {
            throw new InvalidInputException("Choose at least one comment first");
        }
        return comments.findByIdIn(commentIds);
    }

    private void record(String action, UUID commentId, UUID personId, String personName, String reason) {
        SignedInUser moderator = currentUser.requireInTenant();
        log.save(new ModerationRecord(
                people.now(),
                moderator.personId(),
                moderator.displayName(),
                action,
                commentId,
                personId,
                personName,
                reason));
    }

    /** Moderators may lack a role that reads the target (a draft plan, say); the queue still names it. */
    private TargetDescription describe(Comment comment) {
        return targets.describe(comment.target())
                .orElse(new TargetDescription(
                        "a " + comment.target().kind().replace('-', ' ') + " you cannot open",
                        null,
                        "You cannot open this"));
    }

    private String name(UUID personId) {
        return people.nameOf(personId).orElse("(unknown person)");
    }

    private static String reason(String field, String text, String missing) {
        return FreeText.required(field, text, MAX_REASON, missing, "the reason");
    }
}

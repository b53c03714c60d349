package org.sendplan.portal.comments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendplan.portal.comments.CommentPeople.Viewer;
import org.sendplan.portal.comments.internal.Comment;
import org.sendplan.portal.comments.internal.CommentingPauses;
import org.sendplan.portal.comments.internal.Comments;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.PortalTime;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.notifications.NotificationRequest;
import org.sendplan.portal.notifications.NotificationType;
import org.sendplan.portal.notifications.Notifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comment threads on plans, actions and whatever else offers {@link CommentTargets}, in the current tenant. */
@Service
@Transactional(readOnly = true)
public class CommentService {

    public static final int MAX_LENGTH = 5000;

    private final Comments comments;
    private final CommentingPauses pauses;
    private final CommentTargetRegistry targets;
    private final CommentPeople people;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    CommentService(
            Comments comments,
            CommentingPauses pauses,
            CommentTargetRegistry targets,
            CommentPeople people,
            Notifications notifications,
            ApplicationEventPublisher events,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.comments = comments;
        this.pauses = pauses;
        this.targets = targets;
        this.people = people;
        this.notifications = notifications;
        this.events = events;
    }

    /** The target's comments, first posted first; refused when the person may not read the target. */
    @PreAuthorize("isAuthenticated()")
    public List<CommentDetails> thread(CommentTarget target) {
        targets.readable(target);
        Viewer viewer = people.viewer();
        return comments.findByTargetKindAndTargetIdOrderByPostedAt(target.kind(), target.id()).stream()
                .map(c -> details(c, viewer))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<CommentDetails> comment(UUID id) {
        return comments.findById(id).map(c -> {
            targets.readable(c.target());
            return details(c, people.viewer());
        });
    }

    /** What the target is called and whether the current person may comment on it now. */
    @PreAuthorize("isAuthenticated()")
    public TargetDescription target(CommentTarget target) {
        return targets.readable(target);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CommentDetails post(CommentTarget target, String text) {
        return save(target, null, null, text);
    }

    /** A reply joins the thread of the comment it answers (threads are one level deep, so they read in order). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CommentDetails reply(UUID commentId, String text) {
        Comment answered = found(commentId);
        if (answered.state() != CommentState.VISIBLE) {
            throw new InvalidInputException("This comment was withdrawn or hidden, so it can no longer be answered");
        }
        return save(
                answered.target(),
                answered.parentId() == null ? answered.id() : answered.parentId(),
                answered.authorId(),
                text);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CommentDetails edit(UUID commentId, long expectedVersion, String text) {
        Comment comment = own(commentId, expectedVersion);
        if (comment.state() != CommentState.VISIBLE) {
            throw new InvalidInputException("A withdrawn or hidden comment cannot be edited");
        }
        if (!EditWindow.isOpen(comment.postedAt(), people.now())) {
            throw new InvalidInputException(
                    "text",
                    "Comments can be edited for " + EditWindow.LENGTH.toMinutes()
                            + " minutes after posting, and that time has passed. Your changes were not saved; you can post them as a reply.");
        }
        comment.edit(checked(text), people.now());
        return details(comments.saveAndFlush(comment), people.viewer());
    }

    /** The author takes their comment back; the thread shows "Comment withdrawn" in its place. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CommentDetails withdraw(UUID commentId, long expectedVersion) {
        Comment comment = own(commentId, expectedVersion);
        comment.withdraw();
        return details(comments.saveAndFlush(comment), people.viewer());
    }

    /** An LA officer marks a reply as (or no longer as) the authority's official response. */
    @PreAuthorize("hasRole('LA_OFFICER')")
    @Transactional
    public CommentDetails markOfficial(UUID commentId, long expectedVersion, boolean official) {
        Comment comment = current(found(commentId), expectedVersion);
        targets.readable(comment.target());
        if (comment.parentId() == null) {
            throw new InvalidInputException("Only a reply can be the authority's official response");
        }
        if (official && comment.state() != CommentState.VISIBLE) {
            throw new InvalidInputException("A withdrawn or hidden reply cannot be an official response");
        }
        comment.markOfficial(official);
        return details(comments.saveAndFlush(comment), people.viewer());
    }

    /** Every official response in the tenant that the person may read, newest first, with the comment it answers. */
    @PreAuthorize("isAuthenticated()")
    public List<OfficialResponse> officialResponses() {
        Viewer viewer = people.viewer();
        Map<CommentTarget, Optional<TargetDescription>> described = new HashMap<>();
        List<Comment> responses = comments.findByOfficialTrueOrderByPostedAtDesc();
        // The comments answered, in one query rather than one per response.
        Map<UUID, Comment> answered = comments
                .findByIdIn(responses.stream()
                        .map(Comment::parentId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Comment::id, Function.identity()));
        return responses.stream()
                .flatMap(c -> described.computeIfAbsent(c.target(), targets::describe).stream()
                        .map(target -> new OfficialResponse(
                                details(c, viewer),
                                Optional.ofNullable(c.parentId())
                                        .map(answered::get)
                                        .map(p -> details(p, viewer))
                                        .orElse(null),
                                target)))
                .toList();
    }

    /** Display name to person id of everyone who can be mentioned here. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, UUID> mentionable() {
        return people.members();
    }

    /** {@code repliedTo} is the author of the comment answered, told of the reply; null for a new thread. */
    private CommentDetails save(CommentTarget target, UUID parentId, UUID repliedTo, String text) {
        SignedInUser author = currentUser.requireInTenant();
        TargetDescription described = targets.readable(target);
        if (!described.mayComment()) {
            throw new InvalidInputException(described.closedBecause());
        }
        String body = checked(text);
        checkNotPaused(author);
        checkRate(author);
        Comment saved = comments.saveAndFlush(
                new Comment(target, parentId, author.personId(), author.displayName(), body, people.now()));
        tellRepliedToAndMentioned(author, repliedTo, body, described);
        events.publishEvent(new CommentPosted(author.tenant().id(), target, saved.id(), author.displayName()));
        return details(saved, people.viewer());
    }

    /** Nobody is told of their own words, and the person replied to hears of it once, as a reply, even if also mentioned. */
    private void tellRepliedToAndMentioned(
            SignedInUser author, UUID repliedTo, String body, TargetDescription described) {
        String link =
                described.link() == null ? TenantAddress.of(author.tenant().slug(), "messages") : described.link();
        boolean toldOfReply = repliedTo != null && !repliedTo.equals(author.personId());
        if (toldOfReply) {
            notifications.notify(NotificationRequest.of(
                    Set.of(repliedTo),
                    NotificationType.REPLY,
                    author.displayName() + " replied to your comment on " + described.title() + ": "
                            + Notices.excerpt(body),
                    link));
        }
        Set<UUID> mentioned = CommentText.mentions(body, people.members()).stream()
                .map(CommentText.Mention::personId)
                .filter(id -> !id.equals(author.personId()) && !(toldOfReply && id.equals(repliedTo)))
                .collect(Collectors.toSet());
        if (!mentioned.isEmpty()) {
            notifications.notify(NotificationRequest.of(
                    mentioned,
                    NotificationType.MENTION,
                    author.displayName() + " mentioned you on " + described.title() + ": " + Notices.excerpt(body),
                    link));
        }
    }

    private static String checked(String text) {
        return FreeText.required("text", text, MAX_LENGTH, "Write your comment first", "a comment");
    }

    private void checkNotPaused(SignedInUser author) {
        LocalDate today = LocalDate.now(people.clock().withZone(PortalTime.LONDON));
        pauses.findFirstByPersonIdOrderByPausedAtDesc(author.personId())
                .filter(p -> p.appliesOn(today))
                .ifPresent(p -> {
                    throw new InvalidInputException(
                            "text",
                            "A moderator has paused your commenting until "
                                    + DisplayFormats.LONG_DAY.format(p.pausedUntil()) + " ("
                                    + p.reason() + "). You can comment again from "
                                    + DisplayFormats.LONG_DAY.format(
                                            p.pausedUntil().plusDays(1)) + ".");
                });
    }

    private void checkRate(SignedInUser author) {
        Instant now = people.now();
        PostingRate.check(comments.postedSince(author.personId(), now.minus(PostingRate.LOOK_BACK)), now)
                .ifPresent(refusal -> {
                    throw new InvalidInputException(
                            "text",
                            "You have reached the limit of " + refusal.limit() + ". You can post again at "
                                    + DisplayFormats.TIME.format(refusal.postAgainAt()) + ". Your text is still here.");
                });
    }

    private Comment found(UUID commentId) {
        Comment comment = comments.findById(commentId)
                .orElseThrow(() -> new InvalidInputException("That comment no longer exists"));
        targets.readable(comment.target());
        return comment;
    }

    private Comment own(UUID commentId, long expectedVersion) {
        Comment comment = current(found(commentId), expectedVersion);
        if (!comment.authorId().equals(currentUser.requireInTenant().personId())) {
            throw new AccessDeniedException("Only its author can change or withdraw a comment");
        }
        return comment;
    }

    private static Comment current(Comment comment, long expectedVersion) {
        if (comment.version() != expectedVersion) {
            throw new InvalidInputException(
                    "This comment was changed since you opened it — reload to see it. Your changes were not saved.");
        }
        return comment;
    }

    static CommentDetails details(Comment c, Viewer viewer) {
        boolean mine = c.authorId().equals(viewer.personId());
        boolean readable =
                c.state() == CommentState.VISIBLE || (c.state() == CommentState.HIDDEN && (mine || viewer.moderator()));
        boolean editable = mine && c.state() == CommentState.VISIBLE && EditWindow.isOpen(c.postedAt(), viewer.now());
        return new CommentDetails(
                c.id(),
                c.target(),
                c.parentId(),
                c.authorId(),
                c.authorName(),
                readable ? c.body() : "",
                c.state(),
                readable ? c.hiddenReason() : null,
                c.official(),
                c.postedAt(),
                c.editedAt(),
                c.version(),
                mine,
                editable);
    }
}

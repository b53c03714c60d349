package org.sendplan.portal.participation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sendplan.portal.comments.CommentDetails;
import org.sendplan.portal.comments.CommentService;
import org.sendplan.portal.comments.CommentState;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.participation.internal.Answer;
import org.sendplan.portal.participation.internal.Answers;
import org.sendplan.portal.participation.internal.Consultation;
import org.sendplan.portal.participation.internal.Consultations;
import org.sendplan.portal.participation.internal.OutcomeLink;
import org.sendplan.portal.participation.internal.OutcomeLinks;
import org.sendplan.portal.participation.internal.Proposal;
import org.sendplan.portal.participation.internal.Proposals;
import org.sendplan.portal.participation.internal.Questions;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanAddresses;
import org.sendplan.portal.plans.PlanCommentTargets;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "You said, we did": LA officers link a comment, a consultation answer or a proposal to the change it led to (an
 * action of the plan or an approved version) with a short statement; everyone who can read the plan sees the links.
 */
@Service
@Transactional(readOnly = true)
public class YouSaidWeDidService {

    static final String LINKERS = "hasAnyRole('LA_OFFICER', 'TENANT_ADMIN')";
    static final int LONGEST_STATEMENT = 1000;

    private final OutcomeLinks links;
    private final CommentService comments;
    private final PlanCommentTargets commentTargets;
    private final Answers answers;
    private final Questions questions;
    private final Consultations consultations;
    private final Proposals proposals;
    private final PlanService plans;
    private final ActionService actions;
    private final PlanLifecycle lifecycle;
    private final Clock clock;
    private final CurrentUser currentUser;

    YouSaidWeDidService(
            OutcomeLinks links,
            CommentService comments,
            PlanCommentTargets commentTargets,
            Answers answers,
            Questions questions,
            Consultations consultations,
            Proposals proposals,
            PlanService plans,
            ActionService actions,
            PlanLifecycle lifecycle,
            Clock clock,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.links = links;
        this.comments = comments;
        this.commentTargets = commentTargets;
        this.answers = answers;
        this.questions = questions;
        this.consultations = consultations;
        this.proposals = proposals;
        this.plans = plans;
        this.actions = actions;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** The changes what was said may be linked to: its plan's actions, then its approved versions. */
    @PreAuthorize(LINKERS)
    public List<WeDid> changesFor(SaidKind kind, UUID saidId) {
        UUID planId = planOf(kind, saidId);
        return Stream.concat(
                        actions.allActions(planId, ActionFilter.NONE).stream()
                                .map(a -> WeDid.action(a.id(), a.activity())),
                        lifecycle.versions(planId).stream().map(v -> WeDid.version(v.number())))
                .toList();
    }

    @PreAuthorize(LINKERS)
    @Transactional
    public YouSaidWeDidEntry link(SaidKind kind, UUID saidId, WeDid weDid, String statement) {
        UUID planId = planOf(kind, saidId);
        if (weDid == null) {
            throw new InvalidInputException("weDid", "Choose the action or version it led to");
        }
        if (statement == null || statement.isBlank()) {
            throw new InvalidInputException("statement", "Enter a statement: what was done, in a few words");
        }
        String stripped = statement.strip();
        if (stripped.length() > LONGEST_STATEMENT) {
            throw new InvalidInputException(
                    "statement", "Keep the statement to 1,000 characters; it is " + stripped.length() + " now");
        }
        WeDid done = checked(planId, weDid);
        SignedInUser me = currentUser.require();
        OutcomeLink saved = links.saveAndFlush(new OutcomeLink(
                planId,
                kind,
                saidId,
                done.actionId(),
                done.activity(),
                done.versionNumber(),
                stripped,
                me.personId(),
                me.displayName(),
                Instant.now(clock)));
        return entry(saved, me.tenant().slug());
    }

    /** Every link on a plan the current person may read, newest first; empty when they may not read it. */
    @PreAuthorize("isAuthenticated()")
    public List<YouSaidWeDidEntry> forPlan(UUID planId) {
        if (plans.plan(planId).isEmpty()) {
            return List.of();
        }
        String tenant = currentUser.tenantSlug();
        return links.findByPlanIdOrderByLinkedAtDesc(planId).stream()
                .map(link -> entry(link, tenant))
                .toList();
    }

    /** What each of these was linked to, oldest first, for those on plans the current person may read. */
    @PreAuthorize("isAuthenticated()")
    public Map<UUID, List<YouSaidWeDidEntry>> outcomesOf(SaidKind kind, Collection<UUID> saidIds) {
        String tenant = currentUser.tenantSlug();
        Map<UUID, Boolean> readable = new HashMap<>();
        return links.findBySaidKindAndSaidIdInOrderByLinkedAt(kind, saidIds).stream()
                .filter(link -> readable.computeIfAbsent(
                        link.planId(), id -> plans.plan(id).isPresent()))
                .map(link -> entry(link, tenant))
                .collect(Collectors.groupingBy(YouSaidWeDidEntry::saidId, Collectors.toList()));
    }

    private WeDid checked(UUID planId, WeDid weDid) {
        if (weDid.actionId() != null) {
            return actions.action(weDid.actionId())
                    .filter(a -> a.planId().equals(planId))
                    .map(a -> WeDid.action(a.id(), a.activity()))
                    .orElseThrow(() -> new InvalidInputException("weDid", "Choose one of this plan's actions"));
        }
        if (weDid.versionNumber() == null
                || lifecycle.version(planId, weDid.versionNumber()).isEmpty()) {
            throw new InvalidInputException("weDid", "Choose one of this plan's approved versions");
        }
        return WeDid.version(weDid.versionNumber());
    }

    /** The plan what was said is about; refused when it is gone or the current person may not read it. */
    private UUID planOf(SaidKind kind, UUID saidId) {
        Optional<UUID> planId = switch (kind) {
            case COMMENT -> readableComment(saidId).flatMap(c -> commentTargets.planOf(c.target()));
            case ANSWER ->
                answers.findById(saidId)
                        .flatMap(a -> questions.findById(a.questionId()))
                        .flatMap(q -> consultations.findById(q.consultationId()))
                        .map(Consultation::planId);
            case PROPOSAL -> proposals.findById(saidId).map(Proposal::planId);
        };
        return planId.filter(id -> plans.plan(id).isPresent())
                .orElseThrow(
                        () -> new InvalidInputException("That " + kind.label().toLowerCase() + " no longer exists"));
    }

    private Optional<CommentDetails> readableComment(UUID id) {
        try {
            return comments.comment(id);
        } catch (AccessDeniedException cannotRead) {
            return Optional.empty();
        }
    }

    private YouSaidWeDidEntry entry(OutcomeLink link, String tenant) {
        WeDid weDid = link.weDid();
        String weDidLink = weDid.actionId() != null
                ? PlanAddresses.action(tenant, link.planId(), weDid.actionId())
                : PlanAddresses.version(tenant, link.planId(), weDid.versionNumber());
        Said said = said(link.saidKind(), link.saidId());
        return new YouSaidWeDidEntry(
                link.id(),
                link.planId(),
                link.saidKind(),
                link.saidId(),
                said.by(),
                said.quote(),
                weDid,
                weDidLink,
                link.statement(),
                link.linkedBy(),
                link.linkedAt());
    }

    /** Who said it and what, as the current person may see it: withdrawn and hidden comments say so instead. */
    private Said said(SaidKind kind, UUID saidId) {
        return switch (kind) {
            case COMMENT ->
                readableComment(saidId)
                        .map(c -> new Said(c.authorName(), quote(c)))
                        .orElse(new Said("", "This comment is no longer here."));
            case ANSWER ->
                answers.findById(saidId)
                        .map(Answer::toAnswer)
                        .map(a -> new Said(
                                a.forGroup() ? "Notes from " + a.groupName() : "A consultation answer", a.text()))
                        .orElse(new Said("", "This answer is no longer here."));
            case PROPOSAL ->
                proposals
                        .findById(saidId)
                        .map(p -> new Said(p.proposerName(), p.title()))
                        .orElse(new Said("", "This proposal is no longer here."));
        };
    }

    private record Said(String by, String quote) {}

    private static String quote(CommentDetails comment) {
        if (comment.state() == CommentState.WITHDRAWN) {
            return "Comment withdrawn";
        }
        // Even its author and moderators, who may still read a hidden comment, see the notice on this open page.
        return comment.state() == CommentState.HIDDEN ? "This comment was hidden by a moderator." : comment.text();
    }
}

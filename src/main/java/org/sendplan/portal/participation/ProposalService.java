package org.sendplan.portal.participation;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.participation.internal.Proposal;
import org.sendplan.portal.participation.internal.ProposalResponse;
import org.sendplan.portal.participation.internal.ProposalResponses;
import org.sendplan.portal.participation.internal.ProposalSupport;
import org.sendplan.portal.participation.internal.ProposalSupports;
import org.sendplan.portal.participation.internal.Proposals;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.plans.ThemeDetails;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Proposals for a plan: parent carers, schools and board members raise and support them, once each;
 * LA officers respond, and the proposer sees what happened.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ProposalService {

    static final String RAISERS = "hasAnyRole('PARENT_CARER', 'FORUM_LEAD', 'SCHOOL_EDITOR', 'BOARD_MEMBER')";
    static final String READERS =
            "hasAnyRole('PARENT_CARER', 'FORUM_LEAD', 'SCHOOL_EDITOR', 'BOARD_MEMBER', 'LA_OFFICER', 'TENANT_ADMIN')";

    private final Proposals proposals;
    private final ProposalSupports supports;
    private final ProposalResponses responses;
    private final PlanService plans;
    private final ActionService actions;
    private final ParticipationNotifications notifications;
    private final Clock clock;
    private final CurrentUser currentUser;

    ProposalService(
            Proposals proposals,
            ProposalSupports supports,
            ProposalResponses responses,
            PlanService plans,
            ActionService actions,
            ParticipationNotifications notifications,
            Clock clock,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.proposals = proposals;
        this.supports = supports;
        this.responses = responses;
        this.plans = plans;
        this.actions = actions;
        this.notifications = notifications;
        this.clock = clock;
    }

    @PreAuthorize(RAISERS)
    @Transactional
    public ProposalDetails raise(@Valid ProposalDraft draft) {
        SignedInUser me = currentUser.require();
        PlanSummary plan = plans.plan(draft.planId())
                .orElseThrow(() -> new InvalidInputException("planId", "That plan no longer exists"));
        if (!plan.status().openToPartners()) {
            throw new InvalidInputException(
                    "planId", "This plan is not open for proposals; choose a plan in consultation or in use");
        }
        if (plans.themes(plan.id()).stream().noneMatch(t -> t.id().equals(draft.themeId()))) {
            throw new InvalidInputException("themeId", "Choose one of this plan's themes");
        }
        if (draft.estimate() != null && draft.estimateKind() == null) {
            throw new InvalidInputException("estimateKind", "Say whether the estimate is a cost or a saving");
        }
        Proposal saved =
                proposals.saveAndFlush(new Proposal(draft, me.personId(), me.displayName(), Instant.now(clock)));
        return proposal(saved.id()).orElseThrow();
    }

    /** Every proposal on a plan this person may read, newest first. */
    @PreAuthorize(READERS)
    public List<ProposalDetails> proposals() {
        return details(proposals.findAllByOrderByRaisedAtDesc());
    }

    /** The signed-in person's own proposals with the latest response to each. */
    @PreAuthorize(RAISERS)
    public List<ProposalDetails> myProposals() {
        return details(proposals.findByProposerIdOrderByRaisedAtDesc(
                currentUser.require().personId()));
    }

    /** Empty when the proposal is not in this tenant or its plan is closed to this person. */
    @PreAuthorize(READERS)
    public Optional<ProposalDetails> proposal(UUID id) {
        return proposals
                .findById(id)
                .map(List::of)
                .map(this::details)
                .flatMap(found -> found.stream().findFirst());
    }

    @PreAuthorize(RAISERS)
    @Transactional
    public ProposalDetails support(UUID id) {
        Proposal proposal = existing(id);
        UUID me = currentUser.require().personId();
        if (supports.existsById(new ProposalSupport.Key(id, me))) {
            throw new InvalidInputException("You already support this proposal");
        }
        supports.saveAndFlush(new ProposalSupport(proposal.id(), me, Instant.now(clock)));
        return proposal(id).orElseThrow();
    }

    @PreAuthorize(RAISERS)
    @Transactional
    public ProposalDetails withdrawSupport(UUID id) {
        existing(id);
        supports.deleteById(new ProposalSupport.Key(id, currentUser.require().personId()));
        return proposal(id).orElseThrow();
    }

    /** The actions a response may point at: those of the proposal's plan. */
    @PreAuthorize("hasRole('LA_OFFICER')")
    public List<ActionDetails> actionsToLink(UUID proposalId) {
        return actions.allActions(existing(proposalId).planId(), ActionFilter.NONE);
    }

    @PreAuthorize("hasRole('LA_OFFICER')")
    @Transactional
    public ProposalDetails respond(UUID id, long expectedVersion, @Valid ProposalResponseDraft draft) {
        Proposal proposal = existing(id);
        if (proposal.version() != expectedVersion) {
            ProposalResponseRecord last = responses.findByProposalIdInOrderByRespondedAtDesc(List.of(id)).stream()
                    .findFirst()
                    .map(ProposalResponse::toRecord)
                    .orElseGet(() -> new ProposalResponseRecord(
                            null, null, null, null, proposal.proposerName(), proposal.raisedAt()));
            throw Participants.changedElsewhere("This proposal", last.respondedBy(), last.respondedAt());
        }
        ActionDetails action = null;
        if (draft.outcome() == ProposalOutcome.TAKEN_INTO_PLAN) {
            if (draft.actionId() == null) {
                throw new InvalidInputException("actionId", "Choose the action the proposal was taken into");
            }
            action = actions.action(draft.actionId())
                    .filter(a -> a.planId().equals(proposal.planId()))
                    .orElseThrow(() -> new InvalidInputException("actionId", "Choose one of this plan's actions"));
        }
        UUID actionId = action == null ? null : action.id();
        responses.save(new ProposalResponse(
                id,
                draft.outcome(),
                draft.reasons().strip(),
                actionId,
                action == null ? null : action.activity(),
                currentUser.require().displayName(),
                Instant.now(clock)));
        proposal.respond(draft.outcome(), actionId);
        proposals.saveAndFlush(proposal);
        notifications.responded(proposal, draft.outcome(), currentUser.require().personId());
        return proposal(id).orElseThrow();
    }

    private Proposal existing(UUID id) {
        return proposals
                .findById(id)
                .filter(p -> plans.plan(p.planId()).isPresent())
                .orElseThrow(() -> new InvalidInputException("That proposal no longer exists"));
    }

    private List<ProposalDetails> details(List<Proposal> found) {
        Map<UUID, PlanSummary> readable =
                plans.plans().stream().collect(Collectors.toMap(PlanSummary::id, Function.identity()));
        List<Proposal> shown =
                found.stream().filter(p -> readable.containsKey(p.planId())).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = shown.stream().map(Proposal::id).toList();
        Map<UUID, String> themes = shown.stream()
                .map(Proposal::planId)
                .distinct()
                .flatMap(planId -> plans.themes(planId).stream())
                .collect(Collectors.toMap(ThemeDetails::id, ThemeDetails::title));
        Map<UUID, Long> counts = supports.countByProposal(ids).stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
        UUID me = currentUser.require().personId();
        Set<UUID> mine = Set.copyOf(supports.supportedBy(me, ids));
        Map<UUID, List<ProposalResponseRecord>> answered =
                responses.findByProposalIdInOrderByRespondedAtDesc(ids).stream()
                        .collect(Collectors.groupingBy(
                                ProposalResponse::proposalId,
                                Collectors.mapping(ProposalResponse::toRecord, Collectors.toList())));
        return shown.stream()
                .map(p -> new ProposalDetails(
                        p.id(),
                        p.planId(),
                        readable.get(p.planId()).title(),
                        p.themeId(),
                        themes.getOrDefault(p.themeId(), "(theme removed)"),
                        p.title(),
                        p.problem(),
                        p.idea(),
                        p.expectedImpact(),
                        p.estimate(),
                        p.estimateKind(),
                        p.proposerName(),
                        p.proposerId().equals(me),
                        p.raisedAt(),
                        counts.getOrDefault(p.id(), 0L),
                        mine.contains(p.id()),
                        answered.getOrDefault(p.id(), List.of()),
                        p.version()))
                .toList();
    }
}

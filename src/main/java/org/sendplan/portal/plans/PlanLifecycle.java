package org.sendplan.portal.plans;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.internal.ImprovementPlan;
import org.sendplan.portal.plans.internal.ImprovementPlans;
import org.sendplan.portal.plans.internal.PlanTransition;
import org.sendplan.portal.plans.internal.PlanTransitions;
import org.sendplan.portal.plans.internal.PlanVersion;
import org.sendplan.portal.plans.internal.PlanVersions;
import org.sendplan.portal.tenancy.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's life: draft → consultation → approved → active → closed. Each move is checked against
 * the mover's role and recorded; approval freezes a numbered version that can later be compared.
 */
@Service
@Transactional(readOnly = true)
public class PlanLifecycle {

    private final ImprovementPlans plans;
    private final PlanTransitions transitions;
    private final PlanVersions versions;
    private final ActionService actions;
    private final PlanService planService;
    private final PlanReaders readers;
    private final ObjectProvider<ForumPositions> forumPositions;
    private final SignOffRequests signOffRequests;
    private final CurrentUser currentUser;

    PlanLifecycle(
            ImprovementPlans plans,
            PlanTransitions transitions,
            PlanVersions versions,
            ActionService actions,
            PlanService planService,
            PlanReaders readers,
            ObjectProvider<ForumPositions> forumPositions,
            SignOffRequests signOffRequests,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.forumPositions = forumPositions;
        this.signOffRequests = signOffRequests;
        this.plans = plans;
        this.transitions = transitions;
        this.versions = versions;
        this.actions = actions;
        this.planService = planService;
        this.readers = readers;
    }

    /** The moves this person may make from the plan's current stage. */
    @PreAuthorize("isAuthenticated()")
    public List<PlanStatus> movesAllowed(PlanSummary plan) {
        Set<Role> roles = readers.roles();
        return java.util.Arrays.stream(PlanStatus.values())
                .filter(target -> plan.status().whoMayMoveTo(target).stream().anyMatch(roles::contains))
                .toList();
    }

    @PreAuthorize("hasAnyRole('LA_OFFICER', 'BOARD_MEMBER')")
    @Transactional
    public PlanSummary moveTo(UUID planId, long expectedVersion, PlanStatus target) {
        ImprovementPlan plan =
                plans.findById(planId).orElseThrow(() -> new InvalidInputException("That plan no longer exists"));
        if (plan.version() != expectedVersion) {
            throw ChangedElsewhere.of("This plan", plan.updatedBy(), plan.updatedAt());
        }
        PlanStatus from = plan.status();
        Set<Role> allowed = from.whoMayMoveTo(target);
        if (allowed.isEmpty()) {
            throw new InvalidInputException("A plan that is " + from.label().toLowerCase() + " cannot move to "
                    + target.label().toLowerCase());
        }
        if (readers.roles().stream().noneMatch(allowed::contains)) {
            throw new AccessDeniedException(
                    "Only " + allowed.stream().map(Role::label).sorted().toList() + " may move a plan from "
                            + from.label() + " to " + target.label());
        }
        if (target == PlanStatus.APPROVED) {
            checkForumPositionIfRequired(plan.toSummary());
        }
        plan.moveTo(target, currentUser.displayName());
        transitions.save(new PlanTransition(planId, from, target, currentUser.displayName()));
        if (target == PlanStatus.APPROVED) {
            String snapshot = PlanSnapshot.of(actions.allActions(planId, ActionFilter.NONE))
                    .toJson();
            versions.save(new PlanVersion(planId, plan.approvedVersions(), currentUser.displayName(), snapshot));
        }
        PlanSummary moved = plans.saveAndFlush(plan).toSummary();
        if (target == PlanStatus.CONSULTATION) {
            signOffRequests.outForConsultation(moved);
        }
        return moved;
    }

    /** What the board reads before approving: the forum's position on the version, or that none is recorded. */
    @PreAuthorize("isAuthenticated()")
    public String forumPositionForApproval(PlanSummary plan) {
        return forumPositions.stream()
                .findFirst()
                .flatMap(positions -> positions.positionOn(plan.id(), plan.nextVersionNumber()))
                .map(position ->
                        "The parent carer forum's position on version " + plan.nextVersionNumber() + ": " + position)
                .orElse("The parent carer forum has not recorded a position on version " + plan.nextVersionNumber()
                        + ".");
    }

    /** The forum's position on an approved version, if one was recorded. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> forumPositionOn(UUID planId, int versionNumber) {
        return forumPositions.stream().findFirst().flatMap(positions -> positions.positionOn(planId, versionNumber));
    }

    private void checkForumPositionIfRequired(PlanSummary plan) {
        forumPositions.stream()
                .findFirst()
                .filter(ForumPositions::requiredBeforeApproval)
                .filter(positions -> positions
                        .positionOn(plan.id(), plan.nextVersionNumber())
                        .isEmpty())
                .ifPresent(positions -> {
                    throw new InvalidInputException(
                            "This version cannot be approved yet: this local authority asks for the parent carer "
                                    + "forum's position first, and the forum lead has not recorded one.");
                });
    }

    @PreAuthorize("isAuthenticated()")
    public List<PlanTransitionRecord> transitions(UUID planId) {
        planService.plan(planId).orElseThrow(() -> new InvalidInputException("That plan no longer exists"));
        return transitions.findByPlanIdOrderByMovedAtDesc(planId).stream()
                .map(PlanTransition::toRecord)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<PlanVersionSummary> versions(UUID planId) {
        planService.plan(planId).orElseThrow(() -> new InvalidInputException("That plan no longer exists"));
        return versions.findByPlanIdOrderByNumberDesc(planId).stream()
                .map(PlanLifecycle::summary)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<PlanVersionSummary> version(UUID planId, int number) {
        planService.plan(planId).orElseThrow(() -> new InvalidInputException("That plan no longer exists"));
        return versions.findByPlanIdAndNumber(planId, number).map(PlanLifecycle::summary);
    }

    private static PlanVersionSummary summary(PlanVersion v) {
        return new PlanVersionSummary(v.id(), v.number(), v.approvedAt(), v.approvedBy());
    }

    /** Compares an approved version with another, or with the plan as it is now when {@code toNumber} is null. */
    @PreAuthorize("isAuthenticated()")
    public VersionComparison compare(UUID planId, int fromNumber, Integer toNumber) {
        planService.plan(planId).orElseThrow(() -> new InvalidInputException("That plan no longer exists"));
        PlanSnapshot from = snapshot(planId, fromNumber);
        PlanSnapshot to = toNumber == null
                ? PlanSnapshot.of(actions.allActions(planId, ActionFilter.NONE))
                : snapshot(planId, toNumber);
        return from.compareTo(to, "version " + fromNumber, toNumber == null ? "the plan now" : "version " + toNumber);
    }

    private PlanSnapshot snapshot(UUID planId, int number) {
        return versions.findByPlanIdAndNumber(planId, number)
                .map(v -> PlanSnapshot.fromJson(v.snapshot()))
                .orElseThrow(() -> new InvalidInputException("This plan has no approved version " + number));
    }
}

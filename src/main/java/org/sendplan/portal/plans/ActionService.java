package org.sendplan.portal.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Rag;
import org.sendplan.portal.identity.AccountService;
import org.sendplan.portal.identity.AccountSummary;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.internal.Action;
import org.sendplan.portal.plans.internal.ActionChange;
import org.sendplan.portal.plans.internal.ActionChanges;
import org.sendplan.portal.plans.internal.ActionSpecifications;
import org.sendplan.portal.plans.internal.Actions;
import org.sendplan.portal.plans.internal.EvidenceFiles;
import org.sendplan.portal.plans.internal.ImprovementPlan;
import org.sendplan.portal.plans.internal.ImprovementPlans;
import org.sendplan.portal.plans.internal.ProgressUpdate;
import org.sendplan.portal.plans.internal.ProgressUpdates;
import org.sendplan.portal.plans.internal.Theme;
import org.sendplan.portal.plans.internal.Themes;
import org.sendplan.portal.tenancy.MemberDetails;
import org.sendplan.portal.tenancy.MembershipService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The actions of a plan: listing and searching them, adding and editing them, and their history. */
@Service
@Transactional(readOnly = true)
public class ActionService {

    private final Actions actions;
    private final Themes themes;
    private final ImprovementPlans plans;
    private final ActionChanges changes;
    private final ProgressUpdates updates;
    private final EvidenceFiles evidence;
    private final ActionHistory history;
    private final PlanReaders readers;
    private final MembershipService memberships;
    private final AccountService accounts;
    private final Clock clock;
    private final CurrentUser currentUser;

    ActionService(
            Actions actions,
            Themes themes,
            ImprovementPlans plans,
            ActionChanges changes,
            ProgressUpdates updates,
            EvidenceFiles evidence,
            ActionHistory history,
            PlanReaders readers,
            MembershipService memberships,
            AccountService accounts,
            Clock clock,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.updates = updates;
        this.evidence = evidence;
        this.actions = actions;
        this.themes = themes;
        this.plans = plans;
        this.changes = changes;
        this.history = history;
        this.readers = readers;
        this.memberships = memberships;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One page of a plan's actions in plan order, with the same small number of queries whatever the page. */
    @PreAuthorize("isAuthenticated()")
    public List<ActionRow> actions(UUID planId, ActionFilter filter, int offset, int limit) {
        checkReadable(planId);
        LocalDate today = LocalDate.now(clock);
        int pageSize = Math.max(1, limit);
        // A slice, not a page: a page would add a count query only when the page is full, so cost would vary with size.
        List<Action> page = actions.findBy(
                        ActionSpecifications.of(planId, filter, today),
                        query -> query.sortBy(Sort.by("position")).slice(PageRequest.of(offset / pageSize, pageSize)))
                .getContent();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> themeTitles = themeTitles(planId);
        Set<UUID> overdue = actions.overdueAmong(page.stream().map(Action::id).toList(), today);
        return page.stream()
                .map(a -> a.toRow(themeTitles.get(a.themeId()), overdue.contains(a.id())))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long count(UUID planId, ActionFilter filter) {
        checkReadable(planId);
        return actions.count(ActionSpecifications.of(planId, filter, LocalDate.now(clock)));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ActionDetails> action(UUID id) {
        return actions.findById(id).map(a -> {
            checkReadable(a.planId());
            return a.toDetails(themes.findById(a.themeId()).map(Theme::title).orElse(""));
        });
    }

    /** Every action of a plan with all its fields, in plan order: for export and version snapshots. */
    @PreAuthorize("isAuthenticated()")
    public List<ActionDetails> allActions(UUID planId, ActionFilter filter) {
        checkReadable(planId);
        Map<UUID, String> titles = themeTitles(planId);
        return actions
                .findAll(ActionSpecifications.of(planId, filter, LocalDate.now(clock)), Sort.by("position"))
                .stream()
                .map(a -> a.toDetails(titles.get(a.themeId())))
                .toList();
    }

    @PreAuthorize("hasRole('LA_OFFICER')")
    @Transactional
    public ActionDetails add(UUID planId, ActionDraft draft) {
        ImprovementPlan plan =
                plans.findById(planId).orElseThrow(() -> new InvalidInputException("That plan no longer exists"));
        Theme theme = check(planId, draft);
        Action action =
                new Action(planId, actions.lastPosition(planId) + 1, currentUser.displayName(), clock.instant());
        action.apply(draft, ownerName(draft.ownerId()), currentUser.displayName(), clock.instant());
        actions.saveAndFlush(action);
        history.created(action, theme.title());
        plan.reopenAsDraftIfApproved(currentUser.displayName());
        return action.toDetails(theme.title());
    }

    /** Saves an officer's edit, refusing it with who and when if someone else saved the action since it was opened. */
    @PreAuthorize("hasRole('LA_OFFICER')")
    @Transactional
    public ActionDetails update(UUID id, long expectedVersion, ActionDraft draft) {
        Action action =
                actions.findById(id).orElseThrow(() -> new InvalidInputException("That action no longer exists"));
        if (action.version() != expectedVersion) {
            throw ChangedElsewhere.of("This action", action.updatedBy(), action.updatedAt());
        }
        Theme theme = check(action.planId(), draft);
        String oldTheme = themes.findById(action.themeId()).map(Theme::title).orElse("");
        Map<String, String> beforeContent = action.content(oldTheme);
        Map<String, String> beforeDelivery = action.delivery();
        action.apply(draft, ownerName(draft.ownerId()), currentUser.displayName(), clock.instant());
        try {
            actions.saveAndFlush(action);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw ChangedElsewhere.of("This action", "someone else", action.updatedAt());
        }
        boolean contentChanged = history.changed(action, beforeContent, action.content(theme.title()));
        history.changed(action, beforeDelivery, action.delivery());
        if (contentChanged) {
            plans.findById(action.planId()).ifPresent(p -> p.reopenAsDraftIfApproved(currentUser.displayName()));
        }
        return action.toDetails(theme.title());
    }

    /**
     * Removes an action with its milestones, updates and evidence. Its history stays, ending with
     * "Removed", and an approved plan becomes a draft whose comparison lists the action as removed.
     */
    @PreAuthorize("hasRole('LA_OFFICER')")
    @Transactional
    public void remove(UUID id, long expectedVersion) {
        Action action =
                actions.findById(id).orElseThrow(() -> new InvalidInputException("That action no longer exists"));
        if (action.version() != expectedVersion) {
            throw ChangedElsewhere.of("This action", action.updatedBy(), action.updatedAt());
        }
        List<ProgressUpdate> posted = updates.findByActionIdOrderByUpdateDateDescPostedAtDesc(id);
        updates.deleteAll(posted);
        evidence.deleteAllById(posted.stream()
                .map(ProgressUpdate::evidenceId)
                .filter(java.util.Objects::nonNull)
                .toList());
        history.record(action, "Removed", action.activity(), null);
        actions.delete(action);
        plans.findById(action.planId()).ifPresent(p -> p.reopenAsDraftIfApproved(currentUser.displayName()));
        actions.flush();
    }

    @PreAuthorize("isAuthenticated()")
    public List<ActionChangeRecord> history(UUID actionId) {
        Action action =
                actions.findById(actionId).orElseThrow(() -> new InvalidInputException("That action no longer exists"));
        checkReadable(action.planId());
        return changes.findByActionIdOrderByChangedAtDescFieldAsc(actionId).stream()
                .map(c -> c.toRecord())
                .toList();
    }

    /** Actions per theme by RAG, in theme order, with the same two queries however big the plan. */
    @PreAuthorize("isAuthenticated()")
    public List<ThemeRag> ragByTheme(UUID planId) {
        checkReadable(planId);
        Map<UUID, Map<Rag, Long>> counts = new java.util.HashMap<>();
        for (Object[] row : actions.countByThemeAndRag(planId)) {
            counts.computeIfAbsent((UUID) row[0], id -> new java.util.EnumMap<>(Rag.class))
                    .put((Rag) row[1], (Long) row[2]);
        }
        return themes.findByPlanIdOrderByPosition(planId).stream()
                .map(t -> new ThemeRag(t.title(), counts.getOrDefault(t.id(), Map.of())))
                .toList();
    }

    /** Every change to the plan's actions since the start of the given day, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<PlanChange> changesSince(UUID planId, LocalDate day) {
        checkReadable(planId);
        List<ActionChange> found = changes.findByPlanIdAndChangedAtAfterOrderByChangedAtDesc(
                planId, day.atStartOfDay(clock.getZone()).toInstant());
        Map<UUID, String> activities =
                actions
                        .findAllById(found.stream()
                                .map(c -> c.toRecord().actionId())
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Action::id, Action::activity));
        return found.stream()
                .map(ActionChange::toRecord)
                .map(c -> new PlanChange(
                        c.actionId(),
                        activities.getOrDefault(c.actionId(), ""),
                        c.changedAt(),
                        c.changedBy(),
                        c.field(),
                        c.oldValue(),
                        c.newValue()))
                .toList();
    }

    /** The people who own at least one of the plan's actions, for filtering by owner. */
    @PreAuthorize("isAuthenticated()")
    public List<PlanPerson> owners(UUID planId) {
        checkReadable(planId);
        return actions.owners(planId).stream()
                .map(row -> new PlanPerson((UUID) row[0], (String) row[1]))
                .sorted(Comparator.comparing(PlanPerson::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The people who may own an action: members of this local authority, by name. */
    @PreAuthorize("hasRole('LA_OFFICER')")
    public List<PlanPerson> possibleOwners() {
        Set<UUID> ids =
                memberships.members().stream().map(MemberDetails::personId).collect(Collectors.toSet());
        return accounts.accountsByIds(ids).values().stream()
                .map(a -> new PlanPerson(a.id(), a.displayName()))
                .sorted(Comparator.comparing(PlanPerson::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private Theme check(UUID planId, ActionDraft draft) {
        if (draft.activity() == null || draft.activity().isBlank()) {
            throw new InvalidInputException("activity", "Describe the activity");
        }
        if (draft.themeId() == null) {
            throw new InvalidInputException("themeId", "Choose the theme this action belongs to");
        }
        Theme theme = themes.findById(draft.themeId())
                .filter(t -> t.planId().equals(planId))
                .orElseThrow(() -> new InvalidInputException("themeId", "That theme is not part of this plan"));
        if (draft.milestones() != null) {
            for (MilestoneDraft m : draft.milestones()) {
                if (m.title() == null || m.title().isBlank() || m.dueDate() == null) {
                    throw new InvalidInputException("milestones", "Give every milestone a title and a due date");
                }
            }
        }
        if (draft.savings() != null) {
            Set<Object> years = new HashSet<>();
            for (SavingEstimate s : draft.savings()) {
                if (s.year() == null || s.amount() == null) {
                    throw new InvalidInputException("savings", "Give every saving a financial year and an amount");
                }
                if (!years.add(s.year())) {
                    throw new InvalidInputException(
                            "savings", "Enter " + s.year() + " only once; add its savings together");
                }
            }
        }
        return theme;
    }

    private String ownerName(UUID ownerId) {
        if (ownerId == null) {
            return null;
        }
        boolean member =
                memberships.members().stream().anyMatch(m -> m.personId().equals(ownerId));
        if (!member) {
            throw new InvalidInputException("ownerId", "The owner must be a member of this local authority");
        }
        return Optional.ofNullable(accounts.accountsByIds(Set.of(ownerId)).get(ownerId))
                .map(AccountSummary::displayName)
                .orElseThrow(() ->
                        new InvalidInputException("ownerId", "The owner must be a member of this local authority"));
    }

    private Map<UUID, String> themeTitles(UUID planId) {
        return themes.findByPlanIdOrderByPosition(planId).stream().collect(Collectors.toMap(Theme::id, Theme::title));
    }

    private void checkReadable(UUID planId) {
        ImprovementPlan plan =
                plans.findById(planId).orElseThrow(() -> new InvalidInputException("That plan no longer exists"));
        readers.checkMayRead(plan.status());
    }
}

package org.sendplan.portal.plans;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.internal.Actions;
import org.sendplan.portal.plans.internal.ImprovementPlan;
import org.sendplan.portal.plans.internal.ImprovementPlans;
import org.sendplan.portal.plans.internal.Theme;
import org.sendplan.portal.plans.internal.Themes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Improvement plans and their themes in the current tenant. */
@Service
@Validated
@Transactional(readOnly = true)
public class PlanService {

    private final ImprovementPlans plans;
    private final Themes themes;
    private final Actions actions;
    private final PlanReaders readers;
    private final CurrentUser currentUser;

    PlanService(ImprovementPlans plans, Themes themes, Actions actions, PlanReaders readers, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.plans = plans;
        this.themes = themes;
        this.actions = actions;
        this.readers = readers;
    }

    /** The plans this person may read: all of them for staff and the board, published ones for partners. */
    @PreAuthorize("isAuthenticated()")
    public List<PlanSummary> plans() {
        List<ImprovementPlan> found = readers.seesDrafts()
                ? plans.findAllByOrderByTitle()
                : plans.findByStatusInOrderByTitle(Arrays.stream(PlanStatus.values())
                        .filter(PlanStatus::openToPartners)
                        .toList());
        return found.stream().map(ImprovementPlan::toSummary).toList();
    }

    /** Empty when the plan is not in this tenant; refused when a partner asks for a draft. */
    @PreAuthorize("isAuthenticated()")
    public Optional<PlanSummary> plan(UUID id) {
        Optional<ImprovementPlan> plan = plans.findById(id);
        plan.ifPresent(p -> readers.checkMayRead(p.status()));
        return plan.map(ImprovementPlan::toSummary);
    }

    /** Plans by id at whatever stage, for background work that has no signed-in person; row-level security keeps it to the tenant. */
    public Map<UUID, PlanSummary> summariesOf(Collection<UUID> planIds) {
        return plans.findAllById(planIds).stream()
                .map(ImprovementPlan::toSummary)
                .collect(Collectors.toMap(PlanSummary::id, p -> p));
    }

    @PreAuthorize("isAuthenticated()")
    public List<ThemeDetails> themes(UUID planId) {
        plan(planId).orElseThrow(() -> new InvalidInputException("That plan no longer exists"));
        Map<UUID, Long> counts = actions.countByTheme(planId).stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
        return themes.findByPlanIdOrderByPosition(planId).stream()
                .map(t -> new ThemeDetails(t.id(), t.title(), t.position(), counts.getOrDefault(t.id(), 0L)))
                .toList();
    }

    @PreAuthorize("hasRole('LA_OFFICER')")
    @Transactional
    public PlanSummary create(@Valid PlanDraft draft) {
        checkPeriod(draft);
        return plans.saveAndFlush(new ImprovementPlan(draft, currentUser.displayName()))
                .toSummary();
    }

    @PreAuthorize("hasRole('LA_OFFICER')")
    @Transactional
    public PlanSummary update(UUID id, long expectedVersion, @Valid PlanDraft draft) {
        ImprovementPlan plan = editable(id, expectedVersion);
        checkPeriod(draft);
        plan.apply(draft, currentUser.displayName());
        plan.reopenAsDraftIfApproved(currentUser.displayName());
        return plans.saveAndFlush(plan).toSummary();
    }

    @PreAuthorize("hasRole('LA_OFFICER')")
    @Transactional
    public ThemeDetails addTheme(UUID planId, String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "Enter the theme's title");
        }
        if (title.strip().length() > 300) {
            throw new InvalidInputException("title", "Keep the theme's title to 300 characters");
        }
        ImprovementPlan plan =
                plans.findById(planId).orElseThrow(() -> new InvalidInputException("That plan no longer exists"));
        if (themes.findByPlanIdAndTitle(planId, title.strip()).isPresent()) {
            throw new InvalidInputException("title", "This plan already has a theme called " + title.strip());
        }
        List<Theme> existing = themes.findByPlanIdOrderByPosition(planId);
        int position = existing.isEmpty() ? 1 : existing.getLast().position() + 1;
        Theme theme = themes.saveAndFlush(new Theme(planId, title, position));
        plan.reopenAsDraftIfApproved(currentUser.displayName());
        return new ThemeDetails(theme.id(), theme.title(), theme.position(), 0);
    }

    ImprovementPlan editable(UUID id, long expectedVersion) {
        ImprovementPlan plan =
                plans.findById(id).orElseThrow(() -> new InvalidInputException("That plan no longer exists"));
        if (plan.version() != expectedVersion) {
            throw ChangedElsewhere.of("This plan", plan.updatedBy(), plan.updatedAt());
        }
        if (plan.status() == PlanStatus.CLOSED) {
            throw new InvalidInputException("This plan is closed; it can no longer be changed");
        }
        return plan;
    }

    private static void checkPeriod(PlanDraft draft) {
        if (draft.lastYear().compareTo(draft.firstYear()) < 0) {
            throw new InvalidInputException("lastYear", "The last financial year cannot come before the first");
        }
    }
}

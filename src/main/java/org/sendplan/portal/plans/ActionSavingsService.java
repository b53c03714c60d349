package org.sendplan.portal.plans;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.internal.Action;
import org.sendplan.portal.plans.internal.Actions;
import org.sendplan.portal.plans.internal.DeliveredSaving;
import org.sendplan.portal.plans.internal.DeliveredSavings;
import org.sendplan.portal.plans.internal.ImprovementPlan;
import org.sendplan.portal.plans.internal.ImprovementPlans;
import org.sendplan.portal.plans.internal.Theme;
import org.sendplan.portal.plans.internal.Themes;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Savings attributed to plan actions: the estimates on each action, and the savings delivered, which LA
 * and finance officers record as they happen. Each record goes into the action's history.
 */
@Service
@Transactional(readOnly = true)
public class ActionSavingsService {

    static final String RECORDERS = "hasAnyRole('LA_OFFICER', 'FINANCE_OFFICER')";
    private static final BigDecimal TOO_LARGE = new BigDecimal("10000000000");
    private static final String HISTORY_FIELD = "Delivered saving";

    private final Actions actions;
    private final Themes themes;
    private final ImprovementPlans plans;
    private final DeliveredSavings delivered;
    private final ActionHistory history;
    private final PlanReaders readers;
    private final Clock clock;
    private final CurrentUser currentUser;

    ActionSavingsService(
            Actions actions,
            Themes themes,
            ImprovementPlans plans,
            DeliveredSavings delivered,
            ActionHistory history,
            PlanReaders readers,
            Clock clock,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.actions = actions;
        this.themes = themes;
        this.plans = plans;
        this.delivered = delivered;
        this.history = history;
        this.readers = readers;
        this.clock = clock;
    }

    @PreAuthorize(RECORDERS)
    @Transactional
    public DeliveredSavingDetails record(UUID actionId, DeliveredSavingDraft draft) {
        Action action =
                actions.findById(actionId).orElseThrow(() -> new InvalidInputException("That action no longer exists"));
        check(draft);
        DeliveredSaving saving =
                delivered.saveAndFlush(new DeliveredSaving(actionId, draft, currentUser.displayName()));
        history.record(action, HISTORY_FIELD, null, describe(draft));
        return saving.toDetails();
    }

    /** Corrects a record, refusing the change if someone else changed the record since it was opened. */
    @PreAuthorize(RECORDERS)
    @Transactional
    public DeliveredSavingDetails change(UUID id, long expectedVersion, DeliveredSavingDraft draft) {
        DeliveredSaving saving = current(id, expectedVersion);
        check(draft);
        String before = describe(saving.toDetails().draft());
        saving.apply(draft, currentUser.displayName());
        try {
            delivered.saveAndFlush(saving);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw changedElsewhere(saving);
        }
        actions.findById(saving.actionId())
                .ifPresent(action -> history.record(action, HISTORY_FIELD, before, describe(draft)));
        return saving.toDetails();
    }

    @PreAuthorize(RECORDERS)
    @Transactional
    public void remove(UUID id, long expectedVersion) {
        DeliveredSaving saving = current(id, expectedVersion);
        actions.findById(saving.actionId())
                .ifPresent(action -> history.record(
                        action, HISTORY_FIELD, describe(saving.toDetails().draft()), null));
        delivered.delete(saving);
        delivered.flush();
    }

    /** The delivered savings of an action, by financial year, then date recorded. */
    @PreAuthorize("isAuthenticated()")
    public List<DeliveredSavingDetails> delivered(UUID actionId) {
        checkReadable(action(actionId).planId());
        return delivered.findByActionIdOrderByFinancialYearAscRecordedOnAsc(actionId).stream()
                .map(DeliveredSaving::toDetails)
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public ActionSavings savings(UUID actionId) {
        Action action = action(actionId);
        checkReadable(action.planId());
        String theme = themes.findById(action.themeId()).map(Theme::title).orElse("");
        return savingsOf(action, theme, delivered.findByActionIdOrderByFinancialYearAscRecordedOnAsc(actionId));
    }

    /** Every action of a plan with its savings, grouped by theme in plan order. */
    @PreAuthorize("isAuthenticated()")
    public List<ActionSavings> savingsOfPlan(UUID planId) {
        checkReadable(planId);
        List<Theme> planThemes = themes.findByPlanIdOrderByPosition(planId);
        Map<UUID, Integer> themeOrder = planThemes.stream().collect(Collectors.toMap(Theme::id, Theme::position));
        Map<UUID, String> themeTitles = planThemes.stream().collect(Collectors.toMap(Theme::id, Theme::title));
        List<Action> planActions = actions.findByPlanIdOrderByPosition(planId).stream()
                .sorted(Comparator.comparing((Action a) -> themeOrder.getOrDefault(a.themeId(), Integer.MAX_VALUE)))
                .toList();
        Map<UUID, List<DeliveredSaving>> byAction =
                delivered.findByActionIdIn(planActions.stream().map(Action::id).toList()).stream()
                        .collect(Collectors.groupingBy(DeliveredSaving::actionId));
        return planActions.stream()
                .map(a -> savingsOf(
                        a, themeTitles.getOrDefault(a.themeId(), ""), byAction.getOrDefault(a.id(), List.of())))
                .toList();
    }

    private static ActionSavings savingsOf(Action action, String themeTitle, List<DeliveredSaving> records) {
        ActionDetails details = action.toDetails(themeTitle);
        Map<FinancialYear, BigDecimal> perYear = new TreeMap<>();
        records.stream()
                .map(r -> r.toDetails().draft())
                .forEach(d -> perYear.merge(d.year(), d.amount(), BigDecimal::add));
        return new ActionSavings(
                action.id(),
                action.planId(),
                themeTitle,
                action.activity(),
                details.benefitsRealisation(),
                details.savings(),
                perYear.entrySet().stream()
                        .map(e -> new SavingEstimate(e.getKey(), e.getValue()))
                        .toList());
    }

    /** Every problem is found before anything is written, so a refused record saves nothing. */
    private void check(DeliveredSavingDraft draft) {
        if (draft.amount() == null) {
            throw new InvalidInputException("amount", "Enter the saving delivered, in pounds");
        }
        if (draft.amount().signum() < 0) {
            throw new InvalidInputException(
                    "amount",
                    "Enter the saving as a positive amount; to correct an earlier record, change or remove it");
        }
        if (draft.amount().signum() == 0) {
            throw new InvalidInputException("amount", "A saving of £0 records nothing: enter the amount saved");
        }
        if (draft.amount().stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("amount", "Enter the amount to the penny, without fractions of a penny");
        }
        if (draft.amount().compareTo(TOO_LARGE) >= 0) {
            throw new InvalidInputException("amount", "Enter an amount under " + Money.format(TOO_LARGE));
        }
        if (draft.recordedOn() == null) {
            throw new InvalidInputException("recordedOn", "Enter the date the saving was recorded");
        }
        if (draft.recordedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("recordedOn", "The date recorded cannot be in the future");
        }
        if (draft.year() == null) {
            throw new InvalidInputException("year", "Choose the financial year the saving was delivered in");
        }
        FinancialYear latest = FinancialYear.containing(draft.recordedOn());
        if (draft.year().compareTo(latest) > 0) {
            throw new InvalidInputException(
                    "year",
                    "A saving recorded on " + DisplayFormats.LONG_DAY.format(draft.recordedOn())
                            + " cannot have been delivered in " + draft.year() + ": choose " + latest + " or earlier");
        }
        if (draft.note() != null && draft.note().length() > 2000) {
            throw new InvalidInputException("note", "Keep the note under 2,000 characters");
        }
    }

    private static String describe(DeliveredSavingDraft d) {
        String note =
                d.note() == null || d.note().isBlank() ? "" : " — " + d.note().strip();
        return d.year() + ": " + Money.format(d.amount()) + " recorded on "
                + DisplayFormats.LONG_DAY.format(d.recordedOn()) + note;
    }

    private DeliveredSaving current(UUID id, long expectedVersion) {
        DeliveredSaving saving = delivered
                .findById(id)
                .orElseThrow(() -> new InvalidInputException(
                        "That delivered saving no longer exists; reload to see the action's savings"));
        if (saving.version() != expectedVersion) {
            throw changedElsewhere(saving);
        }
        return saving;
    }

    private static InvalidInputException changedElsewhere(DeliveredSaving saving) {
        DeliveredSavingDetails now = saving.toDetails();
        return ChangedElsewhere.of("This delivered saving", now.recordedBy(), now.recordedAt());
    }

    private Action action(UUID actionId) {
        return actions.findById(actionId).orElseThrow(() -> new InvalidInputException("That action no longer exists"));
    }

    private void checkReadable(UUID planId) {
        ImprovementPlan plan =
                plans.findById(planId).orElseThrow(() -> new InvalidInputException("That plan no longer exists"));
        readers.checkMayRead(plan.status());
    }
}

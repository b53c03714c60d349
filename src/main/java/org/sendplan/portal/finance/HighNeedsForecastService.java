package org.sendplan.portal.finance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.finance.internal.HighNeedsForecast;
import org.sendplan.portal.finance.internal.HighNeedsForecasts;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.ActionSavingsService;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** High Needs forecasts of the current tenant: finance officers build them, LA officers and board members read. */
@Service
@Validated
@Transactional(readOnly = true)
public class HighNeedsForecastService {

    private static final String SUBJECT = "HighNeedsForecast";

    private final HighNeedsForecasts forecasts;
    private final ChangeRecorder history;
    private final FinancePublishing publishing;
    private final PlanService plans;
    private final ActionSavingsService savings;
    private final CurrentUser currentUser;

    HighNeedsForecastService(
            HighNeedsForecasts forecasts,
            ChangeRecorder history,
            PlanService plans,
            ActionSavingsService savings,
            FinancePublishing publishing,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.publishing = publishing;
        this.forecasts = forecasts;
        this.history = history;
        this.plans = plans;
        this.savings = savings;
    }

    @PreAuthorize(ResourceProposalService.READERS)
    public List<HighNeedsForecastDetails> forecasts() {
        return forecasts.findAllByOrderByTitleAscLastChangedAtDesc().stream()
                .map(HighNeedsForecast::toDetails)
                .toList();
    }

    @PreAuthorize(ResourceProposalService.READERS_AND_PARTNERS)
    public Optional<HighNeedsForecastDetails> find(UUID id) {
        return forecasts
                .findById(id)
                .map(found -> {
                    publishing.checkMayRead(id);
                    return found.toDetails();
                })
                .map(this::withPlanSavings);
    }

    @PreAuthorize(ResourceProposalService.READERS_AND_PARTNERS)
    public List<FinanceChangeRecord> history(UUID id) {
        publishing.checkMayRead(id);
        return history.historyOf(id);
    }

    @PreAuthorize("hasRole('FINANCE_OFFICER')")
    @Transactional
    public HighNeedsForecastDetails create(@Valid ForecastDraft draft) {
        AmountRules.checkSize("The deficit brought forward", draft.openingDeficit());
        HighNeedsForecast forecast = forecasts.saveAndFlush(new HighNeedsForecast(draft, currentUser.displayName()));
        history.record(
                SUBJECT,
                forecast.id(),
                "Created '" + draft.title().trim() + "', version '"
                        + draft.versionLabel().trim() + "'");
        return forecast.toDetails();
    }

    @PreAuthorize("hasRole('FINANCE_OFFICER')")
    @Transactional
    public HighNeedsForecastDetails update(UUID id, long expectedVersion, @Valid ForecastDraft draft) {
        HighNeedsForecast forecast = current(id, expectedVersion);
        AmountRules.checkSize("The deficit brought forward", draft.openingDeficit());
        forecast.toDetails()
                .lines()
                .forEach(line -> AmountRules.checkYears(line.name(), line.amounts(), draft.years()));
        forecast.apply(draft, currentUser.displayName());
        history.record(SUBJECT, id, "Changed the title, version name, unit, years or deficit brought forward");
        return withPlanSavings(forecasts.saveAndFlush(forecast).toDetails());
    }

    /** Replaces the lines in one go: every line is checked first, so a bad line saves nothing. */
    @PreAuthorize("hasRole('FINANCE_OFFICER')")
    @Transactional
    public HighNeedsForecastDetails saveLines(UUID id, long expectedVersion, List<ForecastLineDraft> lines) {
        HighNeedsForecast forecast = current(id, expectedVersion);
        HighNeedsForecastDetails before = forecast.toDetails();
        lines.forEach(line -> check(line, before.years()));
        if (before.readWithPlan()) {
            refuseTypedPlanSavings(lines, null);
        }
        forecast.replaceLines(lines, currentUser.displayName());
        history.record(
                SUBJECT,
                id,
                "Saved " + lines.size() + (lines.size() == 1 ? " line" : " lines")
                        + (before.lines().equals(lines) ? " unchanged" : ""));
        return withPlanSavings(forecasts.saveAndFlush(forecast).toDetails());
    }

    /**
     * Chooses the delivery plan whose actions' savings the "with the plan" scenario phases in (null for
     * none). Refused while typed lines of savings from the plan remain, so no saving is counted twice.
     */
    @PreAuthorize("hasRole('FINANCE_OFFICER')")
    @Transactional
    public HighNeedsForecastDetails readWithPlan(UUID id, long expectedVersion, UUID planId) {
        HighNeedsForecast forecast = current(id, expectedVersion);
        String summary = "No longer read with a delivery plan";
        if (planId != null) {
            PlanSummary plan = plans.plan(planId)
                    .orElseThrow(() ->
                            new InvalidInputException("planId", "That delivery plan is not in this local authority"));
            refuseTypedPlanSavings(forecast.toDetails().lines(), "planId");
            summary = "Read with the delivery plan '" + plan.title() + "'";
        }
        forecast.readWithPlan(planId, currentUser.displayName());
        history.record(SUBJECT, id, summary);
        return withPlanSavings(forecasts.saveAndFlush(forecast).toDetails());
    }

    /** A new version ("Q2 monitoring") starts as a copy of an earlier one, which stays as it was. */
    @PreAuthorize("hasRole('FINANCE_OFFICER')")
    @Transactional
    public HighNeedsForecastDetails copyAsNewVersion(
            UUID id, @NotBlank(message = "Name the new version") String versionLabel) {
        HighNeedsForecastDetails earlier = forecasts
                .findById(id)
                .map(HighNeedsForecast::toDetails)
                .orElseThrow(() -> new InvalidInputException("That forecast no longer exists"));
        ForecastDraft d = earlier.draft();
        ForecastDraft draft = new ForecastDraft(
                d.title(), versionLabel, d.unit(), d.firstYear(), d.numberOfYears(), d.openingDeficit());
        HighNeedsForecast unsaved = new HighNeedsForecast(draft, currentUser.displayName());
        unsaved.replaceLines(earlier.lines(), currentUser.displayName());
        unsaved.readWithPlan(earlier.planId(), currentUser.displayName());
        HighNeedsForecast copy = forecasts.saveAndFlush(unsaved);
        history.record(
                SUBJECT, copy.id(), "Created version '" + versionLabel.trim() + "' from '" + d.versionLabel() + "'");
        return withPlanSavings(copy.toDetails());
    }

    /** What makes a forecast line acceptable; the import preview applies the same checks. */
    static void check(ForecastLineDraft line, List<FinancialYear> years) {
        String name = AmountRules.required(line.name(), "a name, such as 'Top-up funding for special schools'");
        if (line.kind() == null) {
            throw new InvalidInputException(
                    "'" + name + "' needs a kind: expenditure, funding, LA contribution or savings from the plan");
        }
        AmountRules.checkYears(name, line.amounts(), years);
        if (line.kind().shownNegative()) {
            line.amounts().byYear().entrySet().stream()
                    .filter(e -> e.getValue().signum() > 0)
                    .findFirst()
                    .ifPresent(e -> {
                        throw new InvalidInputException(
                                "'" + name + "' is " + line.kind().label().toLowerCase()
                                        + ", which the forecast shows as a negative, as the papers do: enter "
                                        + Money.format(e.getValue().negate())
                                        + " for " + e.getKey() + ", not " + Money.format(e.getValue()));
                    });
        }
    }

    private static void refuseTypedPlanSavings(List<ForecastLineDraft> lines, String field) {
        lines.stream()
                .filter(line -> line.kind() == ForecastLineKind.PLAN_SAVING)
                .findFirst()
                .ifPresent(line -> {
                    throw new InvalidInputException(
                            field,
                            "'" + line.name()
                                    + "' is a typed line of savings from the plan. Read with a delivery plan, "
                                    + "the forecast takes those savings from the plan's actions and would count them twice: remove the line, or read the "
                                    + "forecast without a plan.");
                });
    }

    /** Only plans this person may read count, so a partner reading a published forecast is never shown a draft plan's savings. */
    private HighNeedsForecastDetails withPlanSavings(HighNeedsForecastDetails forecast) {
        if (!forecast.readWithPlan()) {
            return forecast;
        }
        return plans.plans().stream()
                .filter(plan -> plan.id().equals(forecast.planId()))
                .findFirst()
                .map(plan -> forecast.withPlan(
                        plan.title(),
                        savings.savingsOfPlan(plan.id()).stream()
                                .map(action -> PlanSavingsPhasing.phase(action, forecast.years()))
                                .filter(saving -> !saving.phased().byYear().isEmpty())
                                .toList()))
                .orElse(forecast);
    }

    private HighNeedsForecast current(UUID id, long expectedVersion) {
        HighNeedsForecast forecast =
                forecasts.findById(id).orElseThrow(() -> new InvalidInputException("That forecast no longer exists"));
        if (forecast.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(HighNeedsForecast.class, id);
        }
        return forecast;
    }
}

package org.sendplan.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.plans.ActionDraft;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionSavingsService;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.DeliveredSavingDraft;
import org.sendplan.portal.plans.PlanDraft;
import org.sendplan.portal.plans.PlanImportService;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.plans.PlanTableUpload;
import org.sendplan.portal.plans.SavingEstimate;
import org.springframework.stereotype.Component;

/**
 * A small delivery plan in each demo tenant, imported through the same import as an officer's, and
 * sent out for consultation so parent carers and schools see it too.
 */
@Component
class DemoPlan {

    private final PlanService plans;
    private final PlanImportService imports;
    private final PlanLifecycle lifecycle;
    private final ActionService actions;
    private final ActionSavingsService savings;

    DemoPlan(
            PlanService plans,
            PlanImportService imports,
            PlanLifecycle lifecycle,
            ActionService actions,
            ActionSavingsService savings) {
        this.plans = plans;
        this.imports = imports;
        this.lifecycle = lifecycle;
        this.actions = actions;
        this.savings = savings;
    }

    /**
     * Runs inside the tenant's scope, briefly with an officer's authority added to the demo runner's.
     * Returns the plan, whose savings the demo forecast reads and on which demo comments are made.
     */
    PlanSummary seed(String tenantName) {
        return AsOfficer.call(() -> {
            PlanSummary plan = plans.create(new PlanDraft(
                    tenantName + " SEND & Inclusion delivery plan (demo)",
                    FinancialYear.parse("2025/26"),
                    FinancialYear.parse("2027/28"),
                    null));
            imports.importTable(plan.id(), PlanTableUpload.of("demo-plan.tsv", table()));
            addSavings(plan.id());
            return lifecycle.moveTo(
                    plan.id(), plans.plan(plan.id()).orElseThrow().version(), PlanStatus.CONSULTATION);
        });
    }

    /**
     * Estimated savings on two actions — one phased by the officer, one a full-year saving the forecast phases by
     * its timescale — and savings delivered so far, so the savings and forecast pages have something to show.
     */
    private void addSavings(UUID planId) {
        List<ActionDetails> all = actions.allActions(planId, ActionFilter.NONE);
        FinancialYear first = FinancialYear.parse("2025/26");
        ActionDetails matrix = all.get(0);
        ActionDetails provisions = all.get(1);
        estimate(
                matrix,
                List.of(
                        new SavingEstimate(first, new BigDecimal("20000.00")),
                        new SavingEstimate(first.next(), new BigDecimal("40000.00")),
                        new SavingEstimate(first.plusYears(2), new BigDecimal("60000.00"))));
        estimate(provisions, List.of(new SavingEstimate(first, new BigDecimal("180000.00"))));
        savings.record(
                matrix.id(),
                new DeliveredSavingDraft(
                        first,
                        new BigDecimal("12500.00"),
                        LocalDate.now(),
                        "Fewer requests for EHC top-ups after the matrix was re-published"));
        savings.record(
                provisions.id(),
                new DeliveredSavingDraft(
                        first,
                        new BigDecimal("45000.00"),
                        LocalDate.now(),
                        "Six places filled at the new resourced provision instead of independent placements"));
    }

    private void estimate(ActionDetails action, List<SavingEstimate> estimates) {
        ActionDraft d = action.toDraft();
        actions.update(
                action.id(),
                action.version(),
                new ActionDraft(
                        d.themeId(),
                        d.activity(),
                        d.measure(),
                        d.expectedChange(),
                        d.rationale(),
                        d.savingsRating(),
                        d.savingsNarrative(),
                        d.benefitsRealisation(),
                        d.lead(),
                        d.capacityNote(),
                        d.ownerId(),
                        d.dueDate(),
                        d.status(),
                        d.partners(),
                        d.milestones(),
                        estimates));
    }

    private static byte[] table() {
        try (InputStream in = DemoPlan.class.getResourceAsStream("/demo/demo-plan.tsv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

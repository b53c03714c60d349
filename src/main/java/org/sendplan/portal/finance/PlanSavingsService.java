package org.sendplan.portal.finance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.plans.ActionSavingsService;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Savings from the plan, read from the delivery plans' actions: planned against delivered, for the finance pages. */
@Service
@Transactional(readOnly = true)
public class PlanSavingsService {

    private final PlanService plans;
    private final ActionSavingsService savings;
    private final FinancePublishing publishing;

    PlanSavingsService(PlanService plans, ActionSavingsService savings, FinancePublishing publishing) {
        this.plans = plans;
        this.savings = savings;
        this.publishing = publishing;
    }

    /** The plans whose savings this person may read: all for staff, published ones for partners. */
    @PreAuthorize(ResourceProposalService.READERS_AND_PARTNERS)
    public List<PlanSummary> plans() {
        return plans.plans().stream()
                .filter(plan -> publishing.mayRead(plan.id()))
                .toList();
    }

    /** Empty when the plan is not in this local authority. */
    @PreAuthorize(ResourceProposalService.READERS_AND_PARTNERS)
    public Optional<PlanSavingsTable> table(UUID planId) {
        return plans.plan(planId).map(plan -> {
            publishing.checkMayRead(planId);
            return new PlanSavingsTable(plan.id(), plan.title(), savings.savingsOfPlan(planId));
        });
    }
}

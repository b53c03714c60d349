package org.sendplan.portal.plans;

import java.util.List;
import org.sendplan.portal.common.FinancialYear;

/** Small plans built through the real services, for tests that need one. */
final class PlanFixtures {

    private PlanFixtures() {}

    static PlanDraft draft(String title) {
        return new PlanDraft(title, FinancialYear.parse("2019/20"), FinancialYear.parse("2021/22"), "A test plan");
    }

    static ActionDraft action(ThemeDetails theme, String activity) {
        return ActionDraft.ofTable(theme.id(), activity, "A measure", "To increase", "Because", SavingsRating.LOW,
                "Some savings", "Now", "A lead", "No extra capacity");
    }

    static ActionDraft withMilestones(ActionDraft d, List<MilestoneDraft> milestones) {
        return new ActionDraft(d.themeId(), d.activity(), d.measure(), d.expectedChange(), d.rationale(), d.savingsRating(),
                d.savingsNarrative(), d.benefitsRealisation(), d.lead(), d.capacityNote(), d.ownerId(), d.dueDate(), d.status(),
                d.partners(), milestones, d.savings());
    }
}

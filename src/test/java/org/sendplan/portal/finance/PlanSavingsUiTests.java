package org.sendplan.portal.finance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sendplan.portal.finance.ResourceProposalUiTests.pageText;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.finance.ui.PlanSavingsView;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.plans.ActionDraft;
import org.sendplan.portal.plans.ActionSavingsService;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.DeliveredSavingDraft;
import org.sendplan.portal.plans.PlanFixtures;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.plans.SavingEstimate;
import org.sendplan.portal.plans.ThemeDetails;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Savings from the plan" page: planned against delivered per action, theme and year, linking to each action. */
class PlanSavingsUiTests extends UiTest {

    static final FinancialYear LAST_YEAR =
            FinancialYear.containing(LocalDate.now()).previous();

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    ActionSavingsService savings;

    @Test
    void aFinanceOfficerSeesPlannedAgainstDeliveredWithThemeTotalsAndLinksToTheActions() {
        ActionDetails action = planWithSavings("solihull.officer");
        signInAndOpen("solihull.finance", "t/solihull/finance/plan-savings/" + action.planId());
        Grid<?> grid = _get(
                Grid.class,
                spec -> spec.withPredicate(
                        g -> ((Grid<?>) g).getAriaLabel().orElse("").startsWith("Savings from the plan")));
        assertThat(GridKt._getFormatted(grid, 0, LAST_YEAR + " planned")).isEqualTo("£10,000");
        assertThat(GridKt._getFormatted(grid, 0, LAST_YEAR + " delivered")).isEqualTo("£4,000");
        assertThat(GridKt._getFormatted(grid, 2, "Total planned")).isEqualTo("£15,000");
        assertThat(GridKt._getFormatted(grid, 3, "Total delivered")).isEqualTo("£4,000");
        Anchor link = (Anchor) GridKt._getCellComponent(grid, 0, "action");
        assertThat(link.getHref()).isEqualTo("/t/solihull/plans/" + action.planId() + "/actions/" + action.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-savings-summary"))
                        .getText())
                .isEqualTo("Planned £15,000; delivered £4,000; still to deliver £11,000.");
        assertThat(pageText()).contains("Download as CSV", "Download as XLSX");
    }

    @Test
    void theSavingsPageLinksToSavingsFromThePlan() {
        signInAndOpen("solihull.board", "t/solihull/finance/savings");
        assertThat(_find(Anchor.class, spec -> spec.withText("Savings from the plan")))
                .singleElement()
                .extracting(Anchor::getHref)
                .isEqualTo("/t/solihull/finance/plan-savings");
    }

    @Test
    void anotherLocalAuthoritysPlanIsNotFound() {
        ActionDetails action = planWithSavings("solihull.officer");
        signInAndOpen("kingston.finance", "t/kingston/finance/plan-savings/" + action.planId());
        assertThat(_find(PlanSavingsView.class)).isEmpty();
        assertThat(pageText()).contains("Page not found");
    }

    private ActionDetails planWithSavings(String officer) {
        signedIn.as(officer);
        PlanSummary plan = plans.create(PlanFixtures.draft("Plan read by finance"));
        ThemeDetails theme = plans.addTheme(plan.id(), "Getting it Right for Learners with High Needs");
        ActionDetails first = actions.add(
                plan.id(), withSavings(PlanFixtures.action(theme, "Open more resourced provisions"), "10000"));
        actions.add(plan.id(), withSavings(PlanFixtures.action(theme, "Review top-up bands"), "5000"));
        savings.record(
                first.id(), new DeliveredSavingDraft(LAST_YEAR, new BigDecimal("4000.00"), LocalDate.now(), null));
        signedIn.out();
        return first;
    }

    private static ActionDraft withSavings(ActionDraft d, String amount) {
        return new ActionDraft(
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
                null,
                null,
                d.status(),
                List.of(),
                List.of(),
                List.of(new SavingEstimate(LAST_YEAR, new BigDecimal(amount))));
    }
}

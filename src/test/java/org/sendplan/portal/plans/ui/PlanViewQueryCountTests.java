package org.sendplan.portal.plans.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanFixtures;
import org.sendplan.portal.plans.PlanImportService;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.plans.PlanTableUpload;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan view costs the same number of SQL statements for a plan of 1,000 actions as for one of 10. */
class PlanViewQueryCountTests extends UiTest {

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    PlanImportService imports;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void renderingThePlanViewDoesNotGrowWithTheNumberOfActions() {
        PlanSummary small = planWith(10);
        PlanSummary large = planWith(1000);
        assertThat(actions.count(large.id(), ActionFilter.NONE)).isEqualTo(1000);

        long forSmall = statementsToRender(small);
        long forLarge = statementsToRender(large);

        assertThat(forLarge).as("statements for 1,000 actions vs 10").isEqualTo(forSmall);
        // The page also carries its comment thread and co-production sections, each a few queries of its own.
        assertThat(forSmall)
                .as("a page of the plan view stays a handful of queries")
                .isLessThan(60);
    }

    private long statementsToRender(PlanSummary plan) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            UI.getCurrent().navigate("t/kingston/plans/" + plan.id());
            MockVaadin.clientRoundtrip(false);
            Grid<?> grid = _get(
                    Grid.class,
                    spec -> spec.withPredicate(g ->
                            ("Actions of " + plan.title()).equals(g.getElement().getProperty("accessibleName"))
                                    || ("Actions of " + plan.title())
                                            .equals(g.getElement().getAttribute("aria-label"))));
            GridKt._fetch(grid, 0, 50);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private PlanSummary planWith(int actionCount) {
        signInAndOpen("kingston.officer", "t/kingston/plans");
        PlanSummary plan = plans.create(PlanFixtures.draft("Plan of " + actionCount + " actions " + System.nanoTime()));
        StringBuilder table = new StringBuilder("Theme\tActivity\tMeasure\tSavings\tLead\n");
        for (int i = 1; i <= actionCount; i++) {
            table.append("Theme ")
                    .append(i % 10)
                    .append("\tAction number ")
                    .append(i)
                    .append("\tMeasure ")
                    .append(i)
                    .append("\tLow Some saving\tManager Additional capacity welcomed\n");
        }
        imports.importTable(plan.id(), PlanTableUpload.pasted(table.toString()));
        return plan;
    }
}

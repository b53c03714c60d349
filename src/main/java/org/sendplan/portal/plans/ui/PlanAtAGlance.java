package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.common.Rag;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.ThemeRag;

/** Actions per theme by RAG and how many are overdue: what a board member checks first. */
class PlanAtAGlance extends Div {

    PlanAtAGlance(UUID planId, ActionService actions) {
        List<ThemeRag> rows = actions.ragByTheme(planId);
        Grid<ThemeRag> grid = new Grid<>(ThemeRag.class, false);
        grid.addColumn(ThemeRag::theme).setHeader("Theme").setFlexGrow(3);
        for (Rag rag : Rag.values()) {
            grid.addColumn(row -> row.count(rag))
                    .setHeader(rag.label() + " (" + rag.meaning().toLowerCase() + ")")
                    .setAutoWidth(true);
        }
        grid.addColumn(ThemeRag::total).setHeader("All").setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Actions per theme by RAG");
        grid.setEmptyStateText("This plan has no themes yet.");
        long overdue = actions.count(planId, new ActionFilter(null, null, null, null, null, true, null));
        Paragraph late = new Paragraph(
                overdue == 0
                        ? "No action is overdue."
                        : overdue + (overdue == 1 ? " action is" : " actions are")
                                + " overdue or has an overdue milestone.");
        late.addClassName("overdue-summary");
        add(late, grid);
    }
}

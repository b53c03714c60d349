package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.UUID;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanChange;
import org.sendplan.portal.ui.GridLink;

/** Every change to the plan's actions since a date the reader chooses, such as the last board meeting. */
class ChangesSincePanel extends Div {

    private final DatePicker since = new DatePicker("Changes since");
    private final Grid<PlanChange> grid = new Grid<>(PlanChange.class, false);

    ChangesSincePanel(UUID planId, ActionService actions, String tenant) {
        since.setHelperText("For example the date of the last board meeting");
        since.setValue(LocalDate.now().minusMonths(1));
        since.setMax(LocalDate.now());
        grid.addColumn(c -> DisplayFormats.DAY_AND_TIME.format(c.changedAt()))
                .setHeader("When")
                .setAutoWidth(true);
        grid.addComponentColumn(c -> GridLink.to(PlanLinks.action(tenant, planId, c.actionId()), c.activity()))
                .setHeader("Action")
                .setFlexGrow(2);
        grid.addColumn(PlanChange::field).setHeader("What").setAutoWidth(true);
        grid.addColumn(c -> c.oldValue() == null ? "(empty)" : c.oldValue())
                .setHeader("From")
                .setFlexGrow(1);
        grid.addColumn(c -> c.newValue() == null ? "(empty)" : c.newValue())
                .setHeader("To")
                .setFlexGrow(1);
        grid.addColumn(PlanChange::changedBy).setHeader("Who").setAutoWidth(true);
        grid.setAriaLabel("Changes since the chosen date");
        grid.setEmptyStateText("Nothing has changed since then.");
        since.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                grid.setItems(actions.changesSince(planId, e.getValue()));
            }
        });
        grid.setItems(actions.changesSince(planId, since.getValue()));
        add(since, grid);
    }
}

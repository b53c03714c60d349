package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.UUID;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.plans.ActionSavings;
import org.sendplan.portal.plans.ActionSavingsService;
import org.sendplan.portal.plans.DeliveredSavingDetails;
import org.sendplan.portal.plans.YearSavings;

/** An action's savings: estimated against delivered per financial year, and the delivered savings as recorded. */
class ActionSavingsPanel extends Div {

    private final UUID actionId;
    private final ActionSavingsService savings;
    private final boolean recorder;
    private final Runnable changed;

    /** {@code changed} runs after each record, change or removal, so the page can show the action's history anew. */
    ActionSavingsPanel(UUID actionId, ActionSavingsService savings, boolean recorder, Runnable changed) {
        this.actionId = actionId;
        this.savings = savings;
        this.recorder = recorder;
        this.changed = changed;
        ActionSavings totals = savings.savings(actionId);
        add(
                new H2("Savings"),
                new Paragraph(
                        "Estimated savings are entered on the action; delivered savings are recorded as they happen. "
                                + "Estimated " + Money.format(totals.totalPlanned()) + " in all; delivered "
                                + Money.format(totals.totalDelivered()) + " so far."));
        add(byYear(totals));
        if (recorder) {
            Button record = new Button(
                    "Record a delivered saving",
                    click -> new DeliveredSavingDialog(actionId, null, savings, changed).open());
            add(record);
        }
        add(records());
    }

    private Component byYear(ActionSavings totals) {
        Grid<YearSavings> grid = new Grid<>(YearSavings.class, false);
        grid.addColumn(y -> y.year().toString()).setHeader("Financial year").setKey("year");
        grid.addColumn(y -> Money.format(y.planned()))
                .setHeader("Estimated")
                .setKey("planned")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(y -> Money.format(y.delivered()))
                .setHeader("Delivered")
                .setKey("delivered")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(y -> Money.format(y.difference()))
                .setHeader("Delivered less estimated")
                .setKey("difference")
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(totals.byYear());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Estimated and delivered savings by year");
        grid.setEmptyStateText("No savings estimated or delivered yet.");
        return grid;
    }

    private Component records() {
        Grid<DeliveredSavingDetails> grid = new Grid<>(DeliveredSavingDetails.class, false);
        grid.addColumn(d -> d.draft().year().toString())
                .setHeader("Year")
                .setKey("year")
                .setAutoWidth(true);
        grid.addColumn(d -> Money.format(d.draft().amount()))
                .setHeader("Saving")
                .setKey("amount")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(d -> DisplayFormats.DAY.format(d.draft().recordedOn()))
                .setHeader("Recorded on")
                .setKey("recordedOn")
                .setAutoWidth(true);
        grid.addColumn(d -> d.draft().note() == null ? "" : d.draft().note())
                .setHeader("Note")
                .setKey("note")
                .setFlexGrow(3);
        grid.addColumn(DeliveredSavingDetails::recordedBy)
                .setHeader("By")
                .setKey("by")
                .setAutoWidth(true);
        if (recorder) {
            grid.addComponentColumn(this::changeButtons)
                    .setHeader("Change")
                    .setKey("change")
                    .setAutoWidth(true);
        }
        grid.setItems(savings.delivered(actionId));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Delivered savings recorded");
        grid.setEmptyStateText("No delivered savings recorded yet.");
        grid.addClassName("wrap-cells");
        return grid;
    }

    private Component changeButtons(DeliveredSavingDetails d) {
        String what = d.draft().year() + " saving of " + Money.format(d.draft().amount());
        Button change = new Button("Change", click -> new DeliveredSavingDialog(actionId, d, savings, changed).open());
        change.setAriaLabel("Change the " + what);
        Button remove = new Button("Remove", click -> {
            savings.remove(d.id(), d.version());
            changed.run();
        });
        remove.setAriaLabel("Remove the " + what);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(change, remove);
    }
}

package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanVersionSummary;
import org.sendplan.portal.plans.VersionComparison;

/** The plan's approved versions, frozen, and what differs between one and another or the plan now. */
class PlanVersionsPanel extends Div {

    private final Div comparison = new Div();

    PlanVersionsPanel(UUID planId, PlanLifecycle lifecycle, String tenant) {
        List<PlanVersionSummary> versions = lifecycle.versions(planId);
        if (versions.isEmpty()) {
            add(new Paragraph("No version of this plan has been approved yet."));
            return;
        }
        UnorderedList list = new UnorderedList();
        versions.forEach(v -> list.add(new ListItem(
                new Anchor(PlanLinks.version(tenant, planId, v.number()), "Version " + v.number()),
                new Span(", approved by " + v.approvedBy() + " on " + DisplayFormats.DAY_AND_TIME.format(v.approvedAt())
                        + ". Parent carer forum: "
                        + lifecycle.forumPositionOn(planId, v.number()).orElse("no position recorded.")))));
        ComboBox<PlanVersionSummary> from = new ComboBox<>("Compare version");
        from.setItems(versions);
        from.setItemLabelGenerator(v -> "Version " + v.number());
        from.setValue(versions.getFirst());
        ComboBox<PlanVersionSummary> to = new ComboBox<>("with");
        to.setItems(versions);
        to.setItemLabelGenerator(v -> "Version " + v.number());
        to.setPlaceholder("The plan now");
        to.setClearButtonVisible(true);
        Button compare = new Button(
                "Compare",
                click -> show(lifecycle.compare(
                        planId,
                        from.getValue().number(),
                        to.getValue() == null ? null : to.getValue().number())));
        HorizontalLayout pick = new HorizontalLayout(from, to, compare);
        pick.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(list, pick, comparison);
    }

    private void show(VersionComparison result) {
        comparison.removeAll();
        if (result.same()) {
            comparison.add(
                    new Paragraph("No difference between " + result.fromLabel() + " and " + result.toLabel() + "."));
            return;
        }
        comparison.add(new Paragraph("From " + result.fromLabel() + " to " + result.toLabel() + ": "
                + result.added().size() + " added, " + result.removed().size() + " removed, "
                + result.changed().size() + " fields changed."));
        if (!result.added().isEmpty()) {
            comparison.add(new Paragraph("Added: " + String.join("; ", result.added())));
        }
        if (!result.removed().isEmpty()) {
            comparison.add(new Paragraph("Removed: " + String.join("; ", result.removed())));
        }
        if (!result.changed().isEmpty()) {
            Grid<VersionComparison.FieldChange> grid = new Grid<>(VersionComparison.FieldChange.class, false);
            grid.addColumn(VersionComparison.FieldChange::activity)
                    .setHeader("Action")
                    .setFlexGrow(2);
            grid.addColumn(VersionComparison.FieldChange::field)
                    .setHeader("Field")
                    .setAutoWidth(true);
            grid.addColumn(c -> c.from() == null ? "(empty)" : c.from())
                    .setHeader("Was")
                    .setFlexGrow(1);
            grid.addColumn(c -> c.to() == null ? "(empty)" : c.to())
                    .setHeader("Now")
                    .setFlexGrow(1);
            grid.setItems(result.changed());
            grid.setAllRowsVisible(true);
            grid.setAriaLabel("Fields changed between versions");
            comparison.add(grid);
        }
    }
}

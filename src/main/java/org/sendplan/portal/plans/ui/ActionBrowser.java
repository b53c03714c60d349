package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.Rag;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionRow;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.ActionStatus;
import org.sendplan.portal.plans.PlanExportService;
import org.sendplan.portal.plans.PlanPerson;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.plans.SavingsRating;
import org.sendplan.portal.plans.ThemeDetails;
import org.sendplan.portal.ui.GridLink;

/**
 * A plan's actions in a lazy grid: only the visible page is fetched, so a plan of a thousand actions
 * opens as fast as one of ten. Filters and full-text search narrow the grid and the downloads alike.
 */
class ActionBrowser extends Div {

    private final ComboBox<ThemeDetails> theme = new ComboBox<>("Theme");
    private final ComboBox<Rag> rag = new ComboBox<>("RAG");
    private final ComboBox<ActionStatus> status = new ComboBox<>("Status");
    private final ComboBox<PlanPerson> owner = new ComboBox<>("Owner");
    private final ComboBox<SavingsRating> savings = new ComboBox<>("Savings rating");
    private final Checkbox overdue = new Checkbox("Overdue only");
    private final TextField words = new TextField("Search");
    private final Grid<ActionRow> grid = new Grid<>(ActionRow.class, false);
    private final Span count = new Span();
    private final ActionService actions;
    private final UUID planId;

    ActionBrowser(
            PlanSummary plan, ActionService actions, PlanService plans, PlanExportService exports, String tenant) {
        this.actions = actions;
        this.planId = plan.id();
        theme.setItems(plans.themes(plan.id()));
        theme.setItemLabelGenerator(ThemeDetails::title);
        rag.setItems(Rag.values());
        rag.setItemLabelGenerator(Rag::label);
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        savings.setItems(SavingsRating.values());
        savings.setItemLabelGenerator(SavingsRating::label);
        owner.setItemLabelGenerator(PlanPerson::name);
        owner.setItems(actions.owners(plan.id()));
        words.setHelperText("Searches activity, measure, rationale and progress updates");
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.setClearButtonVisible(true);
        for (ComboBox<?> box : List.of(theme, rag, status, owner, savings)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder("Any");
            box.addValueChangeListener(e -> refresh());
        }
        overdue.addValueChangeListener(e -> refresh());
        words.addValueChangeListener(e -> refresh());

        grid.addColumn(ActionRow::themeTitle).setHeader("Theme").setFlexGrow(1);
        grid.addComponentColumn(a -> GridLink.to(PlanLinks.action(tenant, plan.id(), a.id()), a.activity()))
                .setHeader("Activity")
                .setFlexGrow(3);
        grid.addColumn(a -> a.savingsRating() == null ? "" : a.savingsRating().label())
                .setHeader("Savings")
                .setAutoWidth(true);
        grid.addColumn(a -> a.ownerName() == null ? "" : a.ownerName())
                .setHeader("Owner")
                .setAutoWidth(true);
        grid.addColumn(a -> a.dueDate() == null ? "" : DisplayFormats.DAY.format(a.dueDate()))
                .setHeader("Due")
                .setAutoWidth(true);
        grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(a -> new RagLabel(a.rag())).setHeader("RAG").setAutoWidth(true);
        grid.addColumn(a -> a.overdue() ? "Overdue" : "").setHeader("Overdue").setAutoWidth(true);
        grid.setAriaLabel("Actions of " + plan.title());
        grid.setEmptyStateText("No actions match these filters.");
        grid.setItems(
                query -> actions.actions(plan.id(), filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) actions.count(plan.id(), filter()));

        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = exports.csv(plan.id(), filter());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName(plan, "csv"), "text/csv", bytes.length);
                }),
                "Download CSV");
        Anchor xlsx = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = exports.xlsx(plan.id(), filter());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            fileName(plan, "xlsx"),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            bytes.length);
                }),
                "Download XLSX");
        HorizontalLayout filters = new HorizontalLayout(words, theme, rag, status, owner, savings, overdue);
        filters.setWrap(true);
        filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        HorizontalLayout downloads = new HorizontalLayout(count, csv, xlsx);
        downloads.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(filters, downloads, grid);
        refresh();
    }

    ActionFilter filter() {
        return new ActionFilter(
                theme.getValue() == null ? null : theme.getValue().id(),
                rag.getValue(),
                status.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(),
                savings.getValue(),
                overdue.getValue(),
                words.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long matching = actions.count(planId, filter());
        count.setText(matching + (matching == 1 ? " action" : " actions") + " (downloads hold the same):");
    }

    private static String fileName(PlanSummary plan, String extension) {
        return plan.title().replaceAll("[^A-Za-z0-9 &-]", "").strip().replace(' ', '-') + "." + extension;
    }
}

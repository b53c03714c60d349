package org.sendplan.portal.kpis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sendplan.portal.comments.ui.CommentThreads;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.kpis.BreakdownFigure;
import org.sendplan.portal.kpis.KpiChangeRecord;
import org.sendplan.portal.kpis.KpiChart;
import org.sendplan.portal.kpis.KpiCommentTargets;
import org.sendplan.portal.kpis.KpiDetails;
import org.sendplan.portal.kpis.KpiDraft;
import org.sendplan.portal.kpis.KpiFigure;
import org.sendplan.portal.kpis.KpiService;
import org.sendplan.portal.kpis.KpiUnit;
import org.sendplan.portal.kpis.LinkedAction;
import org.sendplan.portal.kpis.RecordedValue;
import org.sendplan.portal.ui.MainLayout;

/** One KPI: its definition, chart and table of figures against targets, breakdowns, linked actions, history and comments. */
@Route(value = "t/:tenant/kpis/:kpiId", layout = MainLayout.class)
@RolesAllowed({"LA_OFFICER", "TENANT_ADMIN", "FINANCE_OFFICER", "BOARD_MEMBER", "PARENT_CARER", "FORUM_LEAD"})
public class KpiDetailsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final KpiService kpis;
    private final CurrentUser currentUser;
    private final CommentThreads comments;
    private final boolean editor;
    private String title = "KPI – SEND Plan Portal";
    private UUID kpiId;

    KpiDetailsView(
            KpiService kpis, CurrentUser currentUser, CommentThreads comments, AuthenticationContext authentication) {
        this.kpis = kpis;
        this.currentUser = currentUser;
        this.comments = comments;
        this.editor = authentication.hasAnyRole("LA_OFFICER", "TENANT_ADMIN");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kpiId = event.getRouteParameters().get("kpiId").flatMap(KpiLinks::parse).orElseThrow(NotFoundException::new);
        show(kpis.find(kpiId).orElseThrow(NotFoundException::new));
    }

    private void show(KpiDetails kpi) {
        String tenant = KpiLinks.tenant(currentUser);
        KpiDraft d = kpi.draft();
        title = d.name() + " – SEND Plan Portal";
        removeAll();
        add(new Anchor(KpiLinks.kpis(tenant), "Back to KPIs"), new H1(d.name()), new KpiRagLabel(kpi.latest()));
        if (editor) {
            add(editButtons(kpi));
        }
        add(definition(kpi), new H2("Figures against targets"));
        Div chart = new Div();
        chart.getElement().setProperty("innerHTML", KpiChart.svg(d.name(), d.unit(), kpi.figures()));
        chart.addClassName("kpi-chart");
        add(chart, new Paragraph("The table below holds every figure the chart shows."), figures(kpi));
        if (!d.breakdowns().isEmpty()) {
            add(new H2("Breakdowns"), breakdowns(kpi));
        }
        if (d.source().enteredByHand()) {
            add(new H2("Figures entered by the LA"), entered(kpi));
        }
        add(new H2("Linked plan actions"), linkedActions(tenant), new H2("History"), history());
        add(comments.on(KpiCommentTargets.kpi(kpi.id())));
    }

    private HorizontalLayout editButtons(KpiDetails kpi) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (kpi.draft().source().enteredByHand()) {
            Button enter = new Button("Enter a figure", click -> new RecordValueDialog(kpis, kpi, this::saved).open());
            enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(enter);
        }
        buttons.add(
                new Button("Edit definition and targets", click -> new KpiForm(kpis, kpi, this::saved).open()),
                new Button("Link plan actions", click -> new LinkActionsDialog(kpis, kpi, this::saved).open()));
        return buttons;
    }

    private void saved(KpiDetails kpi) {
        Notification.show("The KPI is saved.");
        show(kpi);
    }

    private DescriptionList definition(KpiDetails kpi) {
        KpiDraft d = kpi.draft();
        DescriptionList list = new DescriptionList();
        list.addClassName("action-fields");
        item(list, "Definition", d.definition());
        item(list, "Unit", d.unit().label());
        item(list, "Direction", d.direction().label());
        item(list, "Frequency", d.frequency().label());
        item(
                list,
                "Baseline",
                d.baselineValue() == null ? null : d.unit().format(d.baselineValue()) + " in " + d.baselinePeriod());
        item(
                list,
                "Amber tolerance",
                d.unit().format(d.amberTolerance()) + (d.unit() == KpiUnit.PERCENTAGE ? " (percentage points)" : "")
                        + " short of target");
        item(list, "Source", d.source().label());
        item(list, "Rolled up as", kpi.rollUp().label());
        item(
                list,
                "Breakdowns",
                d.breakdowns().stream().sorted().map(b -> b.label()).collect(Collectors.joining(", ")));
        item(
                list,
                "Last changed",
                kpi.lastChangedAt() == null
                        ? null
                        : DisplayFormats.DAY_AND_TIME.format(kpi.lastChangedAt()) + " by " + kpi.lastChangedBy());
        return list;
    }

    private static void item(DescriptionList list, String term, String value) {
        list.add(
                new DescriptionList.Term(term),
                new DescriptionList.Description(value == null || value.isBlank() ? "—" : value));
    }

    private Grid<KpiFigure> figures(KpiDetails kpi) {
        KpiUnit unit = kpi.draft().unit();
        Grid<KpiFigure> grid = new Grid<>(KpiFigure.class, false);
        grid.addColumn(f -> f.period().label())
                .setHeader("Period")
                .setKey("period")
                .setAutoWidth(true);
        grid.addColumn(f -> f.value() == null ? "No data" : unit.format(f.value()))
                .setHeader("Figure")
                .setKey("value")
                .setAutoWidth(true);
        grid.addColumn(f -> workings(unit, f))
                .setHeader("Made of")
                .setKey("workings")
                .setFlexGrow(1);
        grid.addColumn(f -> f.target() == null ? "No target" : unit.format(f.target()))
                .setHeader("Target")
                .setKey("target")
                .setAutoWidth(true);
        grid.addComponentColumn(KpiRagLabel::new)
                .setHeader("RAG (computed)")
                .setKey("rag")
                .setAutoWidth(true);
        grid.addColumn(f -> f.trend().label())
                .setHeader("Trend")
                .setKey("trend")
                .setAutoWidth(true);
        grid.setItems(kpi.figures());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Figures against targets, " + kpi.draft().name());
        grid.setEmptyStateText("No figures or targets yet.");
        grid.addClassName("wrap-cells");
        return grid;
    }

    /** What a figure is made of: "91 of 110 from 2 organisations", so a roll-up can be checked by hand. */
    private static String workings(KpiUnit unit, KpiFigure f) {
        if (f.value() == null) {
            return "—";
        }
        String from = f.organisations() == 0
                ? "entered by the LA"
                : "from " + f.organisations() + (f.organisations() == 1 ? " organisation" : " organisations");
        return unit == KpiUnit.PERCENTAGE
                ? KpiLinks.plain(f.numerator()) + " of " + KpiLinks.plain(f.denominator()) + ", " + from
                : from;
    }

    private Component breakdowns(KpiDetails kpi) {
        if (kpi.breakdownFigures().isEmpty()) {
            return new Paragraph("No figures per breakdown yet.");
        }
        KpiUnit unit = kpi.draft().unit();
        Grid<BreakdownFigure> grid = new Grid<>(BreakdownFigure.class, false);
        grid.addColumn(b -> b.breakdown().label())
                .setHeader("Breakdown")
                .setKey("breakdown")
                .setAutoWidth(true);
        grid.addColumn(BreakdownFigure::category)
                .setHeader("Category")
                .setKey("category")
                .setFlexGrow(1);
        grid.addColumn(b -> b.figure().period().label())
                .setHeader("Period")
                .setKey("period")
                .setAutoWidth(true);
        grid.addColumn(b -> unit.format(b.figure().value()))
                .setHeader("Figure")
                .setKey("value")
                .setAutoWidth(true);
        grid.addColumn(b -> workings(unit, b.figure()))
                .setHeader("Made of")
                .setKey("workings")
                .setFlexGrow(1);
        grid.addComponentColumn(b -> new KpiRagLabel(b.figure()))
                .setHeader("RAG against the overall target")
                .setKey("rag")
                .setAutoWidth(true);
        grid.setItems(kpi.breakdownFigures());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Breakdowns, latest period");
        return grid;
    }

    private Grid<RecordedValue> entered(KpiDetails kpi) {
        KpiUnit unit = kpi.draft().unit();
        Grid<RecordedValue> grid = new Grid<>(RecordedValue.class, false);
        grid.addColumn(v -> v.period().label()).setHeader("Period").setAutoWidth(true);
        grid.addColumn(v -> v.overall() ? "Overall" : v.breakdown().label() + ": " + v.category())
                .setHeader("For")
                .setFlexGrow(1);
        grid.addColumn(v -> unit == KpiUnit.PERCENTAGE
                        ? KpiLinks.plain(v.numerator()) + " of " + KpiLinks.plain(v.denominator())
                        : unit.format(v.numerator()))
                .setHeader("Entered")
                .setAutoWidth(true);
        grid.addColumn(v -> DisplayFormats.DAY_AND_TIME.format(v.enteredAt()) + " by " + v.enteredBy())
                .setHeader("When and by whom")
                .setAutoWidth(true);
        if (editor) {
            grid.addComponentColumn(v -> {
                        Button remove = new Button("Remove", click -> confirmRemoval(kpi, v));
                        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                        remove.setAriaLabel(
                                "Remove the figure for " + v.period().label());
                        return remove;
                    })
                    .setHeader("")
                    .setKey("remove")
                    .setAutoWidth(true);
        }
        grid.setItems(kpi.entered());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Figures entered by the LA");
        grid.setEmptyStateText("No figures entered yet.");
        return grid;
    }

    private void confirmRemoval(KpiDetails kpi, RecordedValue value) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Remove this figure?",
                "The figure for " + value.period().label() + " will be removed. The history keeps a record of it.",
                "Remove figure",
                click -> saved(kpis.removeValue(
                        kpi.id(), kpi.version(), value.period(), value.breakdown(), value.category())));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private Component linkedActions(String tenant) {
        List<LinkedAction> linked = kpis.linkedActions(kpiId);
        if (linked.isEmpty()) {
            return new Paragraph("No plan actions are linked to this KPI.");
        }
        UnorderedList list = new UnorderedList();
        linked.forEach(a ->
                list.add(new ListItem(new Anchor(KpiLinks.action(tenant, a.planId(), a.id()), a.activity()))));
        return list;
    }

    private Grid<KpiChangeRecord> history() {
        Grid<KpiChangeRecord> grid = new Grid<>(KpiChangeRecord.class, false);
        grid.addColumn(c -> DisplayFormats.DAY_AND_TIME.format(c.at()))
                .setHeader("When")
                .setAutoWidth(true);
        grid.addColumn(KpiChangeRecord::by).setHeader("Who").setAutoWidth(true);
        grid.addColumn(KpiChangeRecord::summary).setHeader("What").setFlexGrow(1);
        grid.setItems(kpis.history(kpiId));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("History of this KPI");
        grid.addClassName("wrap-cells");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

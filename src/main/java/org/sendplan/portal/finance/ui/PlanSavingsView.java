package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.finance.FinanceExports;
import org.sendplan.portal.finance.PlanSavingsService;
import org.sendplan.portal.finance.PlanSavingsTable;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.PlanAddresses;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.ui.GridLink;
import org.sendplan.portal.ui.MainLayout;

/** Savings from the plan: each action's planned and delivered savings per year, theme subtotals and the plan's total. */
@Route(value = "t/:tenant/finance/plan-savings/:planId?", layout = MainLayout.class)
@PageTitle("Savings from the plan – SEND Plan Portal")
@RolesAllowed({"FINANCE_OFFICER", "LA_OFFICER", "BOARD_MEMBER", "PARENT_CARER", "SCHOOL_EDITOR"})
public class PlanSavingsView extends Div implements BeforeEnterObserver {

    private final PlanSavingsService savings;
    private final String tenant;

    PlanSavingsView(PlanSavingsService savings, CurrentUser currentUser) {
        this.savings = savings;
        this.tenant = currentUser.tenantSlug();
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PlanSummary> plans = savings.plans();
        Optional<String> requested = event.getRouteParameters().get("planId");
        Optional<UUID> planId = requested.isPresent()
                ? Optional.of(requested.flatMap(FinancePage::idFrom).orElseThrow(NotFoundException::new))
                : plans.stream().findFirst().map(PlanSummary::id);
        removeAll();
        add(
                new H1("Savings from the plan"),
                new Paragraph("Planned savings are the estimates on each action of the delivery plan; "
                        + "delivered savings are recorded on the action as they happen. Every total is computed."));
        if (planId.isEmpty()) {
            add(new Paragraph("There is no delivery plan yet."));
            return;
        }
        PlanSavingsTable table = savings.table(planId.get()).orElseThrow(NotFoundException::new);
        add(
                planChooser(plans, planId.get()),
                summary(table),
                grid(table),
                new ExportLinks(() -> FinanceExports.planSavings(table)));
    }

    private Component planChooser(List<PlanSummary> plans, UUID chosen) {
        ComboBox<PlanSummary> plan = new ComboBox<>("Delivery plan");
        plan.setItems(plans);
        plan.setItemLabelGenerator(PlanSummary::title);
        plans.stream().filter(p -> p.id().equals(chosen)).findFirst().ifPresent(plan::setValue);
        plan.setWidth("min(40rem, 100%)");
        plan.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(TenantAddress.route(
                        tenant, "finance/plan-savings", e.getValue().id())));
            }
        });
        return plan;
    }

    private static Paragraph summary(PlanSavingsTable table) {
        PlanSavingsTable.Row total = table.grandTotal();
        Paragraph summary = new Paragraph("Planned " + Money.format(total.totalPlanned()) + "; delivered "
                + Money.format(total.totalDelivered()) + "; still to deliver "
                + Money.format(total.totalPlanned().subtract(total.totalDelivered())) + ".");
        summary.setId("plan-savings-summary");
        return summary;
    }

    private Grid<PlanSavingsTable.Row> grid(PlanSavingsTable table) {
        Grid<PlanSavingsTable.Row> grid = new Grid<>(PlanSavingsTable.Row.class, false);
        grid.addComponentColumn(this::actionCell)
                .setHeader("Action")
                .setKey("action")
                .setFlexGrow(4);
        grid.addColumn(PlanSavingsTable.Row::theme)
                .setHeader("Theme")
                .setKey("theme")
                .setFlexGrow(2);
        for (FinancialYear year : table.years()) {
            figureColumn(grid, year + " planned", row -> row.planned().in(year));
            figureColumn(grid, year + " delivered", row -> row.delivered().in(year));
        }
        figureColumn(grid, "Total planned", PlanSavingsTable.Row::totalPlanned);
        figureColumn(grid, "Total delivered", PlanSavingsTable.Row::totalDelivered);
        grid.setItems(table.rows());
        grid.setPartNameGenerator(row -> row.computed() ? "computed-total" : null);
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Savings from the plan, planned and delivered");
        return grid;
    }

    private static void figureColumn(
            Grid<PlanSavingsTable.Row> grid, String header, Function<PlanSavingsTable.Row, BigDecimal> figure) {
        grid.addColumn(row -> Money.format(figure.apply(row)))
                .setHeader(header + " (£)")
                .setKey(header)
                .setTextAlign(ColumnTextAlign.END);
    }

    private Component actionCell(PlanSavingsTable.Row row) {
        if (row.computed()) {
            return new Span(row.label());
        }
        return GridLink.to(PlanAddresses.action(tenant, row.planId(), row.actionId()), row.label());
    }
}

package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.finance.FinanceExports;
import org.sendplan.portal.finance.SavingsTargetDetails;
import org.sendplan.portal.finance.SavingsTargetService;
import org.sendplan.portal.finance.ServiceBudgetLineDraft;
import org.sendplan.portal.ui.MainLayout;

/** One savings table: each service's budgets and saving, their sum, the target and what remains of it. */
@Route(value = "t/:tenant/finance/savings/:id", layout = MainLayout.class)
@RolesAllowed({"FINANCE_OFFICER", "LA_OFFICER", "BOARD_MEMBER", "PARENT_CARER", "SCHOOL_EDITOR"})
public class SavingsTargetDetailsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SavingsTargetService savings;
    private final boolean financeOfficer;
    private SavingsTargetDetails table;

    SavingsTargetDetailsView(SavingsTargetService savings, AuthenticationContext authentication) {
        this.savings = savings;
        this.financeOfficer = authentication.hasRole("FINANCE_OFFICER");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters()
                .get("id")
                .flatMap(FinancePage::idFrom)
                .flatMap(savings::find)
                .orElseThrow(NotFoundException::new));
    }

    @Override
    public String getPageTitle() {
        return (table == null ? "Savings" : table.draft().title()) + " – SEND Plan Portal";
    }

    private void show(SavingsTargetDetails shown) {
        this.table = shown;
        MoneyUnit unit = shown.draft().unit();
        removeAll();
        add(
                new H1(shown.draft().title()),
                new Paragraph("Budgets for " + shown.draft().financialYear() + " against the year before · figures in "
                        + unit.label() + " · last changed by " + shown.lastChangedBy()));
        if (financeOfficer) {
            add(actions());
        }
        Paragraph target =
                new Paragraph("Savings target: " + Money.format(shown.draft().target(), unit) + ". Savings so far: "
                        + Money.format(shown.totalSavings(), unit) + ". " + remainder(shown, unit));
        target.setId("savings-summary");
        add(
                grid(unit),
                target,
                new ExportLinks(() -> FinanceExports.savings(table)),
                FinancePage.history(savings.history(shown.id())));
    }

    private static String remainder(SavingsTargetDetails shown, MoneyUnit unit) {
        BigDecimal remaining = shown.remainingTarget();
        return remaining.signum() >= 0
                ? "Remaining for next year: " + Money.format(remaining, unit) + "."
                : "The savings beat the target by " + Money.format(remaining.negate(), unit)
                        + "; nothing remains for next year.";
    }

    private Grid<SavingsRow> grid(MoneyUnit unit) {
        Grid<SavingsRow> grid = new Grid<>(SavingsRow.class, false);
        grid.addColumn(SavingsRow::label).setHeader("Service").setKey("service").setFlexGrow(3);
        money(grid, "Last year's budget", "lastYear", SavingsRow::lastYear, unit);
        money(grid, "This year's budget", "thisYear", SavingsRow::thisYear, unit);
        money(grid, "Saving (last less this)", "saving", SavingsRow::saving, unit);
        if (financeOfficer) {
            grid.addComponentColumn(row -> row.computed() ? new Span() : lineButtons(row))
                    .setHeader("Change")
                    .setKey("actions")
                    .setAutoWidth(true);
        }
        List<SavingsRow> rows = new ArrayList<>();
        for (int i = 0; i < table.lines().size(); i++) {
            ServiceBudgetLineDraft line = table.lines().get(i);
            rows.add(new SavingsRow(line.service(), line.lastYearBudget(), line.thisYearBudget(), line.saving(), i));
        }
        rows.add(new SavingsRow(
                "Total (computed)", table.lastYearTotal(), table.thisYearTotal(), table.totalSavings(), -1));
        grid.setItems(rows);
        grid.setPartNameGenerator(row -> row.computed() ? "computed-total" : null);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Service budgets and savings");
        return grid;
    }

    private static void money(
            Grid<SavingsRow> grid, String header, String key, Function<SavingsRow, BigDecimal> value, MoneyUnit unit) {
        grid.addColumn(row -> Money.format(value.apply(row), unit))
                .setHeader(header + " (" + unit.label() + ")")
                .setKey(key)
                .setTextAlign(ColumnTextAlign.END);
    }

    private HorizontalLayout actions() {
        Button add = new Button(
                "Add a service",
                click -> new ServiceBudgetLineDialog(table, null, line -> saveLines(changed(-1, line))).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(
                add,
                new Button(
                        "Import lines",
                        click -> new FinanceImportDialog<>(
                                        FinanceImport.forSavings(savings, table),
                                        () -> show(savings.find(table.id()).orElseThrow(NotFoundException::new)))
                                .open()),
                new Button("Change details", click -> new SavingsTargetForm(savings, table, this::show).open()));
        actions.setWrap(true);
        return actions;
    }

    private Component lineButtons(SavingsRow row) {
        ServiceBudgetLineDraft line = table.lines().get(row.position());
        Button edit = new Button(
                "Edit",
                click -> new ServiceBudgetLineDialog(
                                table, line, changed -> saveLines(changed(row.position(), changed)))
                        .open());
        edit.setAriaLabel("Edit " + line.service());
        Button remove = new Button("Remove", click -> saveLines(changed(row.position(), null)));
        remove.setAriaLabel("Remove " + line.service());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, remove);
    }

    /** The lines with one added (position -1), replaced, or removed (line null). */
    private List<ServiceBudgetLineDraft> changed(int position, ServiceBudgetLineDraft line) {
        List<ServiceBudgetLineDraft> lines = new ArrayList<>(table.lines());
        if (position < 0) {
            lines.add(line);
        } else if (line == null) {
            lines.remove(position);
        } else {
            lines.set(position, line);
        }
        return lines;
    }

    private void saveLines(List<ServiceBudgetLineDraft> lines) {
        show(savings.saveLines(table.id(), table.version(), lines));
    }
}

package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.finance.FinanceExports;
import org.sendplan.portal.finance.ForecastChart;
import org.sendplan.portal.finance.ForecastLineDraft;
import org.sendplan.portal.finance.ForecastScenario;
import org.sendplan.portal.finance.HighNeedsForecastDetails;
import org.sendplan.portal.finance.HighNeedsForecastService;
import org.sendplan.portal.finance.HighNeedsForecastTotals;
import org.sendplan.portal.finance.PlanSavingsService;
import org.sendplan.portal.finance.PlannedSaving;
import org.sendplan.portal.finance.YearlyAmounts;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.ui.MainLayout;

/** One version of the High Needs forecast: its lines, the computed rows, and a chart with the table beside it. */
@Route(value = "t/:tenant/finance/forecasts/:id", layout = MainLayout.class)
@RolesAllowed({"FINANCE_OFFICER", "LA_OFFICER", "BOARD_MEMBER", "PARENT_CARER", "SCHOOL_EDITOR"})
public class HighNeedsForecastDetailsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final HighNeedsForecastService forecasts;
    private final PlanSavingsService plans;
    private final boolean financeOfficer;
    private final String tenant;
    private final String base;
    private HighNeedsForecastDetails forecast;
    private ForecastScenario scenario = ForecastScenario.AS_IS;

    HighNeedsForecastDetailsView(
            HighNeedsForecastService forecasts,
            PlanSavingsService plans,
            AuthenticationContext authentication,
            CurrentUser currentUser) {
        this.forecasts = forecasts;
        this.plans = plans;
        this.financeOfficer = authentication.hasRole("FINANCE_OFFICER");
        this.tenant = currentUser.tenantSlug();
        this.base = TenantAddress.route(tenant, "finance/forecasts") + "/";
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters()
                .get("id")
                .flatMap(FinancePage::idFrom)
                .flatMap(forecasts::find)
                .orElseThrow(NotFoundException::new));
    }

    @Override
    public String getPageTitle() {
        return (forecast == null
                        ? "High Needs forecast"
                        : forecast.draft().title() + ", " + forecast.draft().versionLabel())
                + " – SEND Plan Portal";
    }

    private void show(HighNeedsForecastDetails shown) {
        this.forecast = shown;
        removeAll();
        add(
                new H1(shown.draft().title() + ": " + shown.draft().versionLabel()),
                new Paragraph("Figures in " + shown.draft().unit().label() + " · deficit brought forward "
                        + Money.format(
                                shown.draft().openingDeficit(), shown.draft().unit()) + " · last changed by "
                        + shown.lastChangedBy()),
                planNote(shown));
        if (financeOfficer) {
            add(actions());
        }
        add(new H2("Lines"), linesGrid());
        RadioButtonGroup<ForecastScenario> scenarios = new RadioButtonGroup<>("Scenario");
        scenarios.setItems(ForecastScenario.values());
        scenarios.setItemLabelGenerator(ForecastScenario::label);
        scenarios.setValue(scenario);
        scenarios.setHelperText(
                shown.readWithPlan()
                        ? "'With the plan' takes the savings of the plan's actions, phased in by each action's benefits-realisation timescale"
                        : "'With the plan' counts the lines of savings from the plan, phased in year by year");
        scenarios.addValueChangeListener(e -> {
            scenario = e.getValue();
            show(forecast);
        });
        Div chart = new Div();
        chart.getElement().setProperty("innerHTML", ForecastChart.svg(shown, scenario));
        chart.addClassName("finance-chart");
        add(
                new H2("Computed totals"),
                scenarios,
                computedGrid(),
                chart,
                new Paragraph("The table of computed totals above holds every figure the chart shows."));
        if (scenario == ForecastScenario.WITH_THE_PLAN && shown.readWithPlan()) {
            add(new H2("Where the plan's savings come from"), planSavingsGrid());
        }
        add(
                new ExportLinks(() -> FinanceExports.forecast(forecast, scenario)),
                FinancePage.history(forecasts.history(shown.id())));
    }

    private HorizontalLayout actions() {
        Button add = new Button(
                "Add a line",
                click -> new ForecastLineDialog(forecast, null, line -> saveLines(changed(-1, line))).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(
                add,
                new Button(
                        "Import lines",
                        click -> new FinanceImportDialog<>(
                                        FinanceImport.forForecast(forecasts, forecast),
                                        () -> show(forecasts.find(forecast.id()).orElseThrow(NotFoundException::new)))
                                .open()),
                new Button("Change details", click -> new ForecastForm(forecasts, forecast, this::show).open()),
                new Button(
                        "Choose the delivery plan",
                        click -> new ForecastPlanDialog(forecast, forecasts, plans, this::show).open()),
                new Button(
                        "Copy as a new version",
                        click -> new NewForecastVersionDialog(
                                        forecasts,
                                        forecast,
                                        copy -> getUI().ifPresent(ui -> ui.navigate(base + copy.id())))
                                .open()));
        actions.setWrap(true);
        return actions;
    }

    private FigureGrid linesGrid() {
        FigureGrid grid = new FigureGrid(
                "Lines of the forecast",
                "Kind",
                forecast.years(),
                forecast.draft().unit(),
                financeOfficer ? this::lineButtons : null);
        List<FigureRow> rows = new ArrayList<>();
        for (int i = 0; i < forecast.lines().size(); i++) {
            ForecastLineDraft line = forecast.lines().get(i);
            rows.add(FigureRow.line(i, line.name(), line.kind().label(), line.amounts()));
        }
        grid.setItems(rows);
        grid.setEmptyStateText("No lines yet.");
        return grid;
    }

    private FigureGrid computedGrid() {
        HighNeedsForecastTotals totals = forecast.totals(scenario);
        FigureGrid grid = new FigureGrid(
                "Computed totals, " + scenario.label(),
                null,
                forecast.years(),
                forecast.draft().unit(),
                null);
        grid.setItems(
                FigureRow.total("Total forecast expenditure", totals.totalExpenditure()),
                FigureRow.total("Total funding", totals.funding()),
                FigureRow.total("Shortfall in funding (budget pressure)", totals.shortfall()),
                FigureRow.total("LA contributions", totals.contributions()),
                FigureRow.total("Remaining overspend", totals.remainingOverspend()),
                FigureRow.total("Cumulative deficit", totals.cumulativeDeficit()));
        return grid;
    }

    private Paragraph planNote(HighNeedsForecastDetails shown) {
        if (!shown.readWithPlan()) {
            return new Paragraph(
                    "Not read with a delivery plan: 'With the plan' counts the typed lines of savings from the plan.");
        }
        Paragraph note = new Paragraph(
                new Text("Read with the delivery plan "),
                new Anchor(
                        TenantAddress.of(tenant, "finance/plan-savings", shown.planId()),
                        shown.planTitle() == null ? "(not open to you)" : shown.planTitle()),
                new Text(": 'With the plan' takes its actions' savings."));
        note.setId("forecast-plan");
        return note;
    }

    /** Each action's phased savings as the forecast counts them, with a subtotal per theme and the total. */
    private FigureGrid planSavingsGrid() {
        FigureGrid grid = new FigureGrid(
                "Savings from the plan by action",
                "Theme and benefits realisation",
                forecast.years(),
                forecast.draft().unit(),
                null);
        List<FigureRow> rows = new ArrayList<>();
        Map<String, List<PlannedSaving>> byTheme = forecast.planSavings().stream()
                .collect(Collectors.groupingBy(PlannedSaving::themeTitle, LinkedHashMap::new, Collectors.toList()));
        byTheme.forEach((theme, savings) -> {
            savings.forEach(s -> rows.add(FigureRow.line(
                    rows.size(),
                    s.activity(),
                    theme + " · " + (s.timescale() == null ? "no timescale" : s.timescale()) + " (phased over "
                            + s.yearsToRealise() + (s.yearsToRealise() == 1 ? " year)" : " years)"),
                    s.asForecastLine().amounts())));
            rows.add(FigureRow.total("Total for " + theme, sum(savings)));
        });
        rows.add(FigureRow.total("Total savings from the plan", sum(forecast.planSavings())));
        grid.setItems(rows);
        return grid;
    }

    private static YearlyAmounts sum(List<PlannedSaving> savings) {
        return savings.stream().map(s -> s.asForecastLine().amounts()).reduce(YearlyAmounts.NONE, YearlyAmounts::plus);
    }

    private HorizontalLayout lineButtons(FigureRow row) {
        ForecastLineDraft line = forecast.lines().get(row.position());
        Button edit = new Button(
                "Edit",
                click -> new ForecastLineDialog(forecast, line, changed -> saveLines(changed(row.position(), changed)))
                        .open());
        edit.setAriaLabel("Edit " + line.name());
        Button remove = new Button("Remove", click -> saveLines(changed(row.position(), null)));
        remove.setAriaLabel("Remove " + line.name());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, remove);
    }

    /** The lines with one added (position -1), replaced, or removed (line null). */
    private List<ForecastLineDraft> changed(int position, ForecastLineDraft line) {
        List<ForecastLineDraft> lines = new ArrayList<>(forecast.lines());
        if (position < 0) {
            lines.add(line);
        } else if (line == null) {
            lines.remove(position);
        } else {
            lines.set(position, line);
        }
        return lines;
    }

    private void saveLines(List<ForecastLineDraft> lines) {
        show(forecasts.saveLines(forecast.id(), forecast.version(), lines));
    }
}

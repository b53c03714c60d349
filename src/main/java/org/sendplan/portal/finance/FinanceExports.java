package org.sendplan.portal.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sendplan.portal.common.FinancialYear;

/** Turns each finance table into an {@link ExportTable}: its lines, then the totals the portal computes. */
public final class FinanceExports {

    private FinanceExports() {}

    public static ExportTable proposal(ResourceProposalDetails proposal) {
        List<FinancialYear> years = proposal.years();
        List<String> headings = new ArrayList<>(List.of("Item", "Category", "Source", "Duration"));
        years.forEach(year -> headings.add(year + " (£)"));
        List<ExportTable.Row> rows = new ArrayList<>();
        for (ProposalItem item : proposal.items()) {
            ProposalItemDraft d = item.details();
            rows.add(new ExportTable.Row(
                    List.of(
                            d.name(),
                            d.category().label(),
                            d.source().label(),
                            d.duration().label()),
                    figures(d.costs(), years, false),
                    false));
        }
        for (FundingSource source : FundingSource.values()) {
            rows.add(total("Total " + source.label(), 4, proposal.totals().bySource(source), years));
        }
        rows.add(total("Total", 4, proposal.totals().all(), years));
        return new ExportTable(
                proposal.title(), fileName(proposal.title() + " v" + proposal.versionNumber()), headings, rows);
    }

    public static ExportTable forecast(HighNeedsForecastDetails forecast, ForecastScenario scenario) {
        List<FinancialYear> years = forecast.years();
        List<String> headings = new ArrayList<>(List.of("Line", "Kind"));
        years.forEach(year -> headings.add(year + " (£)"));
        List<ExportTable.Row> rows = new ArrayList<>();
        List<ForecastLineDraft> lines = new ArrayList<>(forecast.lines());
        if (scenario == ForecastScenario.WITH_THE_PLAN) {
            forecast.planSavings().forEach(saving -> lines.add(saving.asForecastLine()));
        }
        for (ForecastLineDraft line : lines) {
            rows.add(new ExportTable.Row(
                    List.of(line.name(), line.kind().label()), figures(line.amounts(), years, false), false));
        }
        HighNeedsForecastTotals totals = forecast.totals(scenario);
        rows.add(total("Total expenditure", 2, totals.totalExpenditure(), years));
        rows.add(total("Total funding", 2, totals.funding(), years));
        rows.add(total("Shortfall in funding", 2, totals.shortfall(), years));
        rows.add(total("Remaining overspend", 2, totals.remainingOverspend(), years));
        rows.add(total("Cumulative deficit", 2, totals.cumulativeDeficit(), years));
        String title = forecast.draft().title() + " – " + forecast.draft().versionLabel() + " – " + scenario.label();
        return new ExportTable(title, fileName(title), headings, rows);
    }

    public static ExportTable savings(SavingsTargetDetails table) {
        List<String> headings = List.of("Service", "Last year's budget (£)", "This year's budget (£)", "Saving (£)");
        List<ExportTable.Row> rows = new ArrayList<>();
        for (ServiceBudgetLineDraft line : table.lines()) {
            rows.add(new ExportTable.Row(
                    List.of(line.service()),
                    List.of(line.lastYearBudget(), line.thisYearBudget(), line.saving()),
                    false));
        }
        rows.add(new ExportTable.Row(
                List.of("Total"), List.of(table.lastYearTotal(), table.thisYearTotal(), table.totalSavings()), true));
        rows.add(new ExportTable.Row(
                List.of("Savings target"),
                Arrays.asList(null, null, table.draft().target()),
                true));
        rows.add(new ExportTable.Row(
                List.of("Remaining target for next year"), Arrays.asList(null, null, table.remainingTarget()), true));
        return new ExportTable(table.draft().title(), fileName(table.draft().title()), headings, rows);
    }

    public static ExportTable planSavings(PlanSavingsTable table) {
        List<FinancialYear> years = table.years();
        List<String> headings = new ArrayList<>(List.of("Action", "Theme"));
        years.forEach(year -> headings.addAll(List.of(year + " planned (£)", year + " delivered (£)")));
        headings.addAll(List.of("Total planned (£)", "Total delivered (£)"));
        List<ExportTable.Row> rows = new ArrayList<>();
        for (PlanSavingsTable.Row row : table.rows()) {
            List<BigDecimal> figures = new ArrayList<>();
            years.forEach(year -> figures.addAll(
                    List.of(row.planned().in(year), row.delivered().in(year))));
            figures.addAll(List.of(row.totalPlanned(), row.totalDelivered()));
            rows.add(new ExportTable.Row(List.of(row.label(), row.theme()), figures, row.computed()));
        }
        String title = "Savings from the plan – " + table.planTitle();
        return new ExportTable(title, fileName(title), headings, rows);
    }

    private static ExportTable.Row total(
            String label, int textColumns, YearlyAmounts amounts, List<FinancialYear> years) {
        List<String> text = new ArrayList<>(List.of(label));
        while (text.size() < textColumns) {
            text.add("");
        }
        return new ExportTable.Row(text, figures(amounts, years, true), true);
    }

    private static List<BigDecimal> figures(YearlyAmounts amounts, List<FinancialYear> years, boolean computed) {
        return years.stream()
                .map(year -> computed || amounts.hasFigureIn(year) ? amounts.in(year) : null)
                .toList();
    }

    private static String fileName(String title) {
        return title.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase();
    }
}

package org.sendplan.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A High Needs forecast built by hand through the dialogs, in a real browser: the portal computes the
 * shortfall, the remaining overspend and the cumulative deficit from the lines, and draws the chart
 * with the table of computed totals as its alternative. Every finance page and dialog passes the scan.
 */
@BrowserTest
class FinanceHighNeedsForecastJourneyTests {

    @Test
    void theForecastComputesShortfallRemainingOverspendAndDeficitAndChartsThemWithATable(Page page) {
        Shell shell = SignInPage.open(page).signInAs("warwickshire.finance");
        shell.open("High Needs forecast");
        AccessibilityScan.assertNoViolations(page, "the High Needs forecast list");

        HighNeedsForecastPage forecast = new HighNeedsForecastPage(page);
        String title = "High Needs Block forecast e2e " + FinanceTables.unique();
        FinanceDialog start = forecast.openStartDialog().assertAccessible("start a forecast");
        forecast.start(start, title, "Budget setting February", "2024/25", 3, "1,000");
        AccessibilityScan.assertNoViolations(page, "a new forecast with no lines");

        FinanceDialog line = forecast.openAddLineDialog().assertAccessible("add a line");
        forecast.addLine(line, "Place and top-up funding", "Expenditure", years("10,000", "11,000", "12,000"));
        forecast.addLine(
                forecast.openAddLineDialog(), "LA DSG-funded services", "Expenditure", years("500", "500", "500"));
        forecast.addLine(
                forecast.openAddLineDialog(),
                "High Needs Block allocation",
                "Funding",
                years("-9,000", "-9,500", "-10,000"));
        forecast.addLine(
                forecast.openAddLineDialog(),
                "Council contribution",
                "LA contribution to the deficit",
                years("(200)", "(200)", ""));

        GridTable lines = forecast.lines();
        assertThat(lines.labels())
                .as("lines in\n%s", lines)
                .containsExactly(
                        "Place and top-up funding",
                        "LA DSG-funded services",
                        "High Needs Block allocation",
                        "Council contribution");
        assertThat(lines.cell("Council contribution", "2026/27 (£000s)"))
                .as("a year with no figure")
                .isEmpty();

        GridTable totals = forecast.computedTotals("As is");
        assertThat(totals.row("Total forecast expenditure"))
                .as("in\n%s", totals)
                .contains(row("Total forecast expenditure", "£10,500k", "£11,500k", "£12,500k"));
        assertThat(totals.row("Total funding"))
                .as("in\n%s", totals)
                .contains(row("Total funding", "-£9,000k", "-£9,500k", "-£10,000k"));
        assertThat(totals.row("Shortfall in funding (budget pressure)"))
                .as("in\n%s", totals)
                .contains(row("Shortfall in funding (budget pressure)", "£1,500k", "£2,000k", "£2,500k"));
        assertThat(totals.row("LA contributions"))
                .as("in\n%s", totals)
                .contains(row("LA contributions", "-£200k", "-£200k", "£0k"));
        assertThat(totals.row("Remaining overspend"))
                .as("in\n%s", totals)
                .contains(row("Remaining overspend", "£1,300k", "£1,800k", "£2,500k"));
        assertThat(totals.row("Cumulative deficit"))
                .as("the deficit brought forward plus each year's remaining overspend, in\n%s", totals)
                .contains(row("Cumulative deficit", "£2,300k", "£4,100k", "£6,600k"));

        // The chart: an image with a title and a description, and the computed table beside it as its alternative.
        assertThat(forecast.chart()).isVisible();
        assertThat(forecast.chart().locator("title#chart-title").textContent())
                .contains(title, "Budget setting February", "As is");
        assertThat(forecast.chart().locator("desc#chart-desc").textContent()).isNotBlank();
        assertThat(forecast.chart().locator("circle title").allTextContents())
                .containsExactly(
                        "Remaining overspend 2024/25: £1,300k",
                        "Remaining overspend 2025/26: £1,800k",
                        "Remaining overspend 2026/27: £2,500k");
        assertThat(forecast.computedTotalsGrid("As is")).isVisible();
        assertThat(page.getByText("The table of computed totals above holds every figure the chart shows."))
                .isVisible();
        Browser.screenshot(page, "finance-forecast");
        AccessibilityScan.assertNoViolations(page, "the forecast with its lines, totals and chart");

        shell.open("High Needs forecast");
        assertThat(page.getByText(title)).isVisible();
        AccessibilityScan.assertNoViolations(page, "the High Needs forecast list with the new forecast");
        shell.signOut();
    }

    private static Map<String, String> years(String first, String second, String third) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("2024/25 (£000s)", first);
        figures.put("2025/26 (£000s)", second);
        figures.put("2026/27 (£000s)", third);
        return figures;
    }

    private static java.util.List<String> row(String... cells) {
        return java.util.List.of(cells);
    }
}

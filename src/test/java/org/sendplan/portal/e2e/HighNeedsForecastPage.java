package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The High Needs forecast: the list ({@code /t/<slug>/finance/forecasts}) and one version's page, with
 * its lines, the computed totals, and the chart beside them.
 */
public final class HighNeedsForecastPage {

    private final Page page;

    HighNeedsForecastPage(Page page) {
        this.page = page;
    }

    /** From the list: "Start a forecast". */
    public FinanceDialog openStartDialog() {
        return FinanceDialog.openWith(page, "Start a forecast", "Start a High Needs forecast");
    }

    /** Fills in and saves the start dialog, then waits for the new forecast's page. */
    public HighNeedsForecastPage start(
            FinanceDialog dialog, String title, String version, String firstYear, int years, String deficit) {
        dialog.fill("Title", title)
                .fill("Version", version)
                .fill("First financial year", firstYear)
                .fill("Number of years", Integer.toString(years))
                .fill("Deficit brought forward", deficit)
                .save("Save");
        FinanceTables.waitForHeading(page, title + ": " + version);
        return this;
    }

    public FinanceDialog openAddLineDialog() {
        return FinanceDialog.openWith(page, "Add a line", "Add a line");
    }

    /** Fills in the "Add a line" dialog (figures by year, in the forecast's unit) and saves it. */
    public HighNeedsForecastPage addLine(
            FinanceDialog dialog, String name, String kind, java.util.Map<String, String> figures) {
        dialog.fill("Line", name).choose("Kind", kind);
        figures.forEach((year, figure) -> dialog.fill(year, figure));
        dialog.save("Save line");
        return this;
    }

    public GridTable lines() {
        return GridTable.of(GridTable.named(page.locator("body"), "Lines of the forecast", false));
    }

    /** The computed totals under the scenario shown ("As is" unless changed). */
    public GridTable computedTotals(String scenario) {
        return GridTable.of(computedTotalsGrid(scenario));
    }

    public Locator computedTotalsGrid(String scenario) {
        return GridTable.named(page.locator("body"), "Computed totals, " + scenario, false);
    }

    /** The chart: an SVG image with a title and a description for screen readers. */
    public Locator chart() {
        return page.locator(".finance-chart svg[role='img']");
    }
}

package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Savings: the list ({@code /t/<slug>/finance/savings}) and one savings table's page, with each
 * service's budgets and saving, the computed total, and the target's summary.
 */
public final class SavingsPage {

    private final Page page;

    SavingsPage(Page page) {
        this.page = page;
    }

    /** From the list: "Start a savings table". */
    public FinanceDialog openStartDialog() {
        return FinanceDialog.openWith(page, "Start a savings table", "Start a savings table");
    }

    /** Fills in and saves the start dialog (unit left as £000s), then waits for the new table's page. */
    public SavingsPage start(FinanceDialog dialog, String title, String year, String target) {
        dialog.fill("Title", title)
                .fill("Financial year the budgets are for", year)
                .fill("Savings target", target)
                .save("Save");
        FinanceTables.waitForHeading(page, title);
        return this;
    }

    public FinanceDialog openImportDialog() {
        return FinanceDialog.openWith(page, "Import lines", "Import lines");
    }

    /** The service budgets with the computed total row. */
    public GridTable services() {
        return GridTable.of(GridTable.named(page.locator("body"), "Service budgets and savings", false));
    }

    /** "Savings target: …. Savings so far: …. Remaining for next year: …." */
    public String summary() {
        return page.locator("#savings-summary").textContent().strip();
    }

    /** In the import dialog, after a preview: every printed total that disagrees with the computed one. */
    public static GridTable disagreements(FinanceDialog dialog) {
        return GridTable.of(disagreementsGrid(dialog));
    }

    public static Locator disagreementsGrid(FinanceDialog dialog) {
        return GridTable.named(dialog.root(), "Printed totals that disagree with the computed totals", false);
    }
}

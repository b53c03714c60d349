package org.sendplan.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A savings table imported from a pasted table whose printed total is wrong, in a real browser: the
 * preview names the disagreement (row, column, printed and computed), nothing imports until someone
 * says they have seen it, and the page then shows the portal's own totals. Every finance page and
 * dialog passes the scan.
 */
@BrowserTest
class FinanceSavingsJourneyTests {

    /** Tab-separated, as pasted from a spreadsheet; the printed saving in the Total row (400) should be 330. */
    private static final String PASTED = String.join(
            "\n",
            "Service\tLast year's budget\tThis year's budget\tSaving",
            "Educational psychology\t1,200\t1,100\t100",
            "Home to school transport\t3,000\t2,750\t250",
            "SEND casework\t800\t820\t(20)",
            "Total\t5,000\t4,670\t400");

    @Test
    void aWrongPrintedTotalIsFlaggedBeforeImportAndThePortalKeepsItsComputedSavings(Page page) {
        Shell shell = SignInPage.open(page).signInAs("kingston.finance");
        shell.open("Savings");
        AccessibilityScan.assertNoViolations(page, "the savings list");

        SavingsPage savings = new SavingsPage(page);
        String title = "High Needs savings e2e " + FinanceTables.unique();
        savings.start(savings.openStartDialog().assertAccessible("start a savings table"), title, "2025/26", "500");
        assertThat(savings.summary()).startsWith("Savings target: £500k. Savings so far: £0k.");
        AccessibilityScan.assertNoViolations(page, "a new savings table with no services");

        FinanceDialog importing = savings.openImportDialog().assertAccessible("import");
        importing.fill("Or paste the table here", PASTED).press("Preview the pasted table");
        assertThat(importing.root().getByText(Pattern.compile("lines to import")))
                .hasText("3 lines to import; 0 rows with problems; 1 printed total rows checked, 1 disagreement.");
        GridTable disagreements = SavingsPage.disagreements(importing);
        assertThat(disagreements.headers())
                .containsExactly("Row", "Printed total", "Year or column", "Printed", "Computed from the lines");
        assertThat(disagreements.rows())
                .as("disagreements in\n%s", disagreements)
                .containsExactly(List.of("5", "Total", "Saving", "£400,000", "£330,000"));
        assertThat(importing.button("Import")).isDisabled();
        importing.assertAccessible("import preview with a disagreement");
        Browser.screenshot(page, "finance-savings-import-preview");

        importing
                .root()
                .getByText("I have seen the disagreements", new com.microsoft.playwright.Locator.GetByTextOptions())
                .click();
        Vaadin.waitUntilSettled(page);
        assertThat(importing.button("Import")).isEnabled();
        importing.assertAccessible("import preview, disagreements acknowledged");
        importing.save("Import");

        GridTable services = savings.services();
        assertThat(services.labels())
                .as("in\n%s", services)
                .containsExactly(
                        "Educational psychology", "Home to school transport", "SEND casework", "Total (computed)");
        assertThat(services.cell("SEND casework", "Saving (last less this) (£000s)"))
                .isEqualTo("-£20k");
        assertThat(services.row("Total (computed)"))
                .as("in\n%s", services)
                .hasValueSatisfying(
                        row -> assertThat(row).containsSubsequence("Total (computed)", "£5,000k", "£4,670k", "£330k"));
        assertThat(savings.summary())
                .isEqualTo("Savings target: £500k. Savings so far: £330k. Remaining for next year: £170k.");
        Browser.screenshot(page, "finance-savings");
        AccessibilityScan.assertNoViolations(page, "the savings table after importing");

        shell.open("Savings");
        assertThat(page.getByText(title)).isVisible();
        AccessibilityScan.assertNoViolations(page, "the savings list with the new table");
        shell.signOut();
    }
}

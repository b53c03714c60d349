package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Resource proposals: the list ({@code /t/<slug>/finance/proposals}) and one proposal's page, with its
 * items, the computed totals, the reserve and ongoing sums, and what the person's role lets them do.
 */
public final class ResourceProposalPage {

    /** The proposal the Solihull demo data seeds from the June 2021 cabinet appendix. */
    public static final String SOLIHULL_APPENDIX = "SEND resource proposals 2021/22 to 2023/24";

    private final Page page;

    ResourceProposalPage(Page page) {
        this.page = page;
    }

    /** From the list: opens a proposal by its title. */
    public ResourceProposalPage open(String title) {
        FinanceTables.open(page, title, title);
        return this;
    }

    /** "Version 1 · Draft · figures in £000s · last changed by …" */
    public String statusLine() {
        return page.locator("main h1 + p").first().textContent().strip();
    }

    /** What is asked of a reserve over the chosen period, as the page words it. */
    public String reserveTotal() {
        return page.locator("#reserve-total").textContent().strip();
    }

    /** The ongoing cost from the chosen year, as the page words it. */
    public String ongoingTotal() {
        return page.locator("#ongoing-total").textContent().strip();
    }

    /** The items with the computed DSG, Council and overall totals beneath them. */
    public GridTable items() {
        return GridTable.of(GridTable.named(page.locator("body"), "Items of", true));
    }

    /** The board's decision, once recorded. */
    public Locator decision() {
        return page.locator(".finance-decision");
    }

    public Locator button(String name) {
        return FinanceTables.button(page, name);
    }

    /** The buttons that change a proposal: any of them on the page means it can still be edited. */
    public Locator editingButtons() {
        return page.locator("vaadin-button")
                .filter(new Locator.FilterOptions()
                        .setHasText(java.util.regex.Pattern.compile(
                                "^(Add an item|Import items|Change details|Submit to the board|Edit|Remove)$")));
    }

    public ResourceProposalPage submitToTheBoard() {
        button("Submit to the board").click();
        Vaadin.waitUntilSettled(page);
        return this;
    }

    public FinanceDialog openDecisionDialog() {
        return FinanceDialog.openWith(page, "Record the board's decision", "Record the board's decision");
    }
}

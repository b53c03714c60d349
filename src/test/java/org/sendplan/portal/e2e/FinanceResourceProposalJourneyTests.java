package org.sendplan.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * A resource proposal from draft to the board's decision, in a real browser: the finance officer sees
 * the paper's computed sums and submits, a board member records the decision, and the decided
 * proposal can no longer be changed. Every finance page and dialog reached passes the axe scan.
 *
 * <p>It works on the Solihull demo appendix, as a finance officer would; no other journey relies on
 * that proposal staying a draft.
 */
@BrowserTest
class FinanceResourceProposalJourneyTests {

    private static final String TITLE = ResourceProposalPage.SOLIHULL_APPENDIX;

    @Test
    void aSubmittedProposalIsDecidedByTheBoardAndThenCannotBeEdited(Page page) {
        // The finance officer checks the computed sums against the paper and submits the proposal.
        Shell shell = SignInPage.open(page).signInAs("solihull.finance");
        shell.open("Resource proposals");
        AccessibilityScan.assertNoViolations(page, "the resource proposals list (finance officer)");
        ResourceProposalPage proposal = new ResourceProposalPage(page).open(TITLE);
        AccessibilityScan.assertNoViolations(page, "the draft proposal (finance officer)");
        assertThat(proposal.statusLine()).contains("Version 1", "Draft", "£000s");
        assertThat(proposal.reserveTotal())
                .as("asked of the reserve, 2021/22 to 2023/24")
                .isEqualTo("Asked of Council funding from 2021/22 to 2023/24: £1,176k (£1,176,000)");
        assertThat(proposal.ongoingTotal())
                .as("ongoing from 2024/25")
                .isEqualTo("Ongoing Council funding from 2024/25: £528k a year (£528,000)");
        GridTable items = proposal.items();
        assertThat(items.row("DSG funding (computed)"))
                .as("DSG totals in\n%s", items)
                .hasValueSatisfying(row -> assertThat(row).containsSubsequence("£67k", "£100k", "£100k", "£100k"));
        assertThat(items.row("Council funding (computed)"))
                .as("Council totals in\n%s", items)
                .hasValueSatisfying(row -> assertThat(row).containsSubsequence("£219k", "£398k", "£559k", "£528k"));
        Browser.screenshot(page, "finance-proposal-draft");

        proposal.submitToTheBoard();
        assertThat(proposal.statusLine()).contains("Submitted to the board");
        assertThat(proposal.editingButtons().count())
                .as("buttons that change a submitted proposal")
                .isZero();
        AccessibilityScan.assertNoViolations(page, "the submitted proposal (finance officer)");
        shell.signOut();

        // A board member records the decision.
        shell = SignInPage.open(page).signInAs("solihull.board");
        shell.open("Resource proposals");
        AccessibilityScan.assertNoViolations(page, "the resource proposals list (board member)");
        proposal = new ResourceProposalPage(page).open(TITLE);
        AccessibilityScan.assertNoViolations(page, "the submitted proposal (board member)");
        FinanceDialog decision = proposal.openDecisionDialog().assertAccessible("board decision");
        decision.choose("Decision", "Approved")
                .fill(
                        "The decision as the board recorded it",
                        "Approved as set out in appendix 1, funded from the reserve.")
                .assertAccessible("board decision filled in")
                .save("Record decision");
        assertThat(proposal.statusLine()).contains("Approved");
        assertThat(proposal.decision()).containsText("Board decision: Approved");
        assertThat(proposal.decision().textContent()).contains("Approved as set out in appendix 1", "recorded by");
        assertThat(proposal.button("Record the board's decision").count())
                .as("a second decision")
                .isZero();
        AccessibilityScan.assertNoViolations(page, "the decided proposal (board member)");
        Browser.screenshot(page, "finance-proposal-decided");
        shell.signOut();

        // Back as the finance officer: the decided proposal is frozen; only a new version can change it.
        shell = SignInPage.open(page).signInAs("solihull.finance");
        shell.open("Resource proposals");
        proposal = new ResourceProposalPage(page).open(TITLE);
        assertThat(proposal.statusLine()).contains("Version 1", "Approved");
        assertThat(proposal.decision()).containsText("Approved");
        assertThat(proposal.editingButtons().count())
                .as("buttons that change a decided proposal")
                .isZero();
        assertThat(proposal.button("Start a new version").count()).isEqualTo(1);
        assertThat(proposal.reserveTotal()).contains("£1,176k");
        AccessibilityScan.assertNoViolations(page, "the decided proposal (finance officer)");
        shell.signOut();
    }
}

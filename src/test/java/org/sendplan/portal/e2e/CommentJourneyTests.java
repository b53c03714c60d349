package org.sendplan.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Comments in a real browser (issue 7): what a parent carer types is shown as text, links are safe, the thread passes axe. */
@BrowserTest
class CommentJourneyTests {

    private static final String DEMO_PLAN =
            "Royal Borough of Kingston upon Thames SEND & Inclusion delivery plan (demo)";

    @Test
    void aParentCarersCommentIsShownAsTypedWithASafeLinkAndTheThreadPassesTheScan(Page page) {
        Shell parent = SignInPage.open(page).signInAs("kingston.parent");
        parent.open("Plans");
        parent.plans().open(DEMO_PLAN);
        assertThat(page.getByText(
                                "Official response from the local authority",
                                new Page.GetByTextOptions().setExact(true))
                        .count())
                .as("the demo official response, labelled in words")
                .isPositive();

        String typed = "<img src=x onerror=\"window.injected=1\"> see https://example.org/local-offer";
        page.getByLabel("Your comment").fill(typed);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Post comment").setExact(true))
                .click();
        Locator posted = page.locator(".comment-body").filter(new Locator.FilterOptions().setHasText("onerror"));
        posted.waitFor();
        Vaadin.waitUntilSettled(page);

        assertThat(posted.textContent()).isEqualTo(typed);
        assertThat(posted.locator("img").count()).isZero();
        assertThat(page.evaluate("() => window.injected === undefined")).isEqualTo(true);
        Locator link = posted.locator("a");
        assertThat(link.getAttribute("href")).isEqualTo("https://example.org/local-offer");
        assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
        AccessibilityScan.assertNoViolations(page, "the plan page with its comments");

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Report").setExact(true))
                .first()
                .click();
        Dialogs.waitUntilOpen(page);
        AccessibilityScan.assertNoViolations(page, "the report dialog");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Cancel").setExact(true))
                .click();
        Dialogs.waitUntilClosed(page);
        parent.signOut();
    }
}

package org.sendplan.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The pages people reach by a wrong or forbidden address: plain words, a way home, and accessible. */
@BrowserTest
class ErrorPageTests {

    @Test
    void aPageTheRoleMayNotSee(Page page) {
        DemoUser.LA_OFFICER.signIn(page);
        page.navigate("/t/solihull/admin/members");
        assertThat(headingOf(page)).isEqualTo("You do not have access to this page");
        AccessibilityScan.assertNoViolations(page, "the access-denied page");
    }

    @Test
    void anAddressThatLeadsNowhere(Page page) {
        DemoUser.FINANCE_OFFICER.signIn(page);
        page.navigate("/t/kingston/no-such-page");
        assertThat(headingOf(page)).isEqualTo("Page not found");
        AccessibilityScan.assertNoViolations(page, "the not-found page");
    }

    @Test
    void anotherTenantsAddress(Page page) {
        DemoUser.PARENT_CARER.signIn(page);
        page.navigate("/t/warwickshire");
        assertThat(headingOf(page)).isEqualTo("You do not have access to this page");
        AccessibilityScan.assertNoViolations(page, "the access-denied page for another tenant");
    }

    /** Error pages stand alone, outside the shell: a heading, a sentence and a link home. */
    private static String headingOf(Page page) {
        page.locator("main h1").first().waitFor();
        Vaadin.waitUntilSettled(page);
        assertThat(page.getByText("Go to your home page").count()).isEqualTo(1);
        return page.locator("main h1").first().textContent().strip();
    }
}

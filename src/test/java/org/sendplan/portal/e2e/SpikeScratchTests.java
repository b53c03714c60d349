package org.sendplan.portal.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@BrowserTest
class SpikeScratchTests {

    @ParameterizedTest
    @ValueSource(strings = {"warwickshire.admin"})
    void spike(String user, Page page) {
        SignInPage signIn = SignInPage.open(page);
        System.out.println("LOGIN " + AccessibilityScan.violations(page));
        Browser.screenshot(page, "spike-login");
        Shell shell = signIn.signInAs(user);
        System.out.println("LANDED " + page.url() + " tenant=" + shell.tenantName() + " heading=" + shell.heading());
        Browser.screenshot(page, "spike-" + user);
        System.out.println("VIOL " + String.join("\n", AccessibilityScan.violations(page)));
        System.out.println("LINKS " + shell.navigationLinks());
        System.out.println("ITEMS " + page.locator("vaadin-side-nav").evaluate("n => n.outerHTML"));
        for (Shell.NavigationLink link : shell.navigationLinks()) {
            shell.open(link);
            System.out.println("PAGE " + link + " -> " + page.url() + " h1=" + shell.heading());
            System.out.println("VIOL " + String.join("\n", AccessibilityScan.violations(page)));
        }
        shell.signOut();
        System.out.println("SIGNED OUT " + page.url());
    }
}

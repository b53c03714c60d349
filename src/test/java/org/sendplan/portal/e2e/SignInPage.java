package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The local sign-in page, {@code /login}: Vaadin's LoginForm with "Username", "Password" and "Log in". */
public final class SignInPage {

    /** Every demo account's password (see DemoData). */
    public static final String DEMO_PASSWORD = "demo-password-2026";

    private final Page page;

    private SignInPage(Page page) {
        this.page = page;
    }

    public static SignInPage open(Page page) {
        page.navigate("/login");
        return shownIn(page);
    }

    /** The sign-in page, once the browser is on it (after sign-out, or a redirect). */
    public static SignInPage shownIn(Page page) {
        page.waitForURL("**/login**");
        page.locator("vaadin-login-form").waitFor();
        Vaadin.waitUntilSettled(page);
        return new SignInPage(page);
    }

    /** Signs in with a demo account and waits for the first signed-in screen (the shell, or choosing a tenant). */
    public Shell signInAs(String username) {
        submit(username, DEMO_PASSWORD);
        return Shell.shownIn(page);
    }

    /** For a person in several local authorities: signs in and waits for the choice of tenant. */
    public ChooseTenantPage signInAsMemberOfSeveral(String username) {
        submit(username, DEMO_PASSWORD);
        return ChooseTenantPage.shownIn(page);
    }

    /** Fills in and submits the form; the caller decides what should follow. */
    public void submit(String username, String password) {
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
    }

    public Locator heading() {
        return page.locator("main h1");
    }

    public Page page() {
        return page;
    }
}

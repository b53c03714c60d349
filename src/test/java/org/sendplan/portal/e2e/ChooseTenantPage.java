package org.sendplan.portal.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** {@code /choose-tenant}: a person in several local authorities picks one to work in. */
public final class ChooseTenantPage {

    private final Page page;

    private ChooseTenantPage(Page page) {
        this.page = page;
    }

    public static ChooseTenantPage shownIn(Page page) {
        page.waitForURL("**/choose-tenant");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Choose a local authority"))
                .waitFor();
        Vaadin.waitUntilSettled(page);
        return new ChooseTenantPage(page);
    }

    /** The local authorities offered, by name. */
    public List<String> choices() {
        return page.locator("main vaadin-button").allTextContents().stream()
                .map(String::strip)
                .toList();
    }

    /** Picks a local authority by its name and waits for its home page. */
    public Shell choose(String tenantName) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(tenantName))
                .click();
        page.waitForURL("**/t/**");
        return Shell.shownIn(page);
    }
}

package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The local authority's improvement plans ({@code /t/<slug>/plans}); officers also create plans here. */
public final class PlanListPage {

    private final Page page;

    PlanListPage(Page page) {
        this.page = page;
    }

    /** Creates a plan through "Create a plan" with the default years, and waits for the new plan's page. */
    public PlanPage create(String title) {
        button("Create a plan").click();
        Dialogs.waitUntilOpen(page);
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
        button("Create plan").click();
        return PlanPage.shownIn(page, title);
    }

    /** Opens a plan by following its title in the list. */
    public PlanPage open(String title) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true))
                .click();
        return PlanPage.shownIn(page, title);
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}

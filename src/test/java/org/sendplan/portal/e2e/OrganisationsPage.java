package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The tenant's organisations ({@code /t/<slug>/admin/organisations}), each name linking to its details. */
public final class OrganisationsPage {

    private final Page page;

    OrganisationsPage(Page page) {
        this.page = page;
    }

    /** The links to organisations' own pages, as listed in the grid. */
    public Locator organisationLinks() {
        return page.locator("vaadin-grid a[href*='/organisations/']");
    }

    /** Opens one organisation's page by following its name in the grid. */
    public Shell open(String organisationName) {
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(organisationName).setExact(true))
                .click();
        page.waitForURL("**/organisations/**");
        page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(organisationName).setLevel(1))
                .waitFor();
        return Shell.shownIn(page);
    }
}

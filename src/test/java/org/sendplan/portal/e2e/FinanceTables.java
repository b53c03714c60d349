package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What the finance list pages share: open a table by following its name in the list's grid. */
final class FinanceTables {

    private FinanceTables() {}

    /** Follows the link with this table's name and waits for its details page, headed by {@code heading}. */
    static void open(Page page, String name, String heading) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .first()
                .click();
        page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(heading).setLevel(1))
                .waitFor();
        Shell.shownIn(page);
    }

    /** After a dialog that navigates (a new table), waits for the new page's heading. */
    static void waitForHeading(Page page, String heading) {
        page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(heading).setLevel(1))
                .waitFor();
        Shell.shownIn(page);
    }

    static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A short unique suffix, so journeys that create tables never meet each other's (or the demo's). */
    static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}

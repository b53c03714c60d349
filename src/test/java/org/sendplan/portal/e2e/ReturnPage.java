package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A school's return, or a collection's page, as the school editor and the LA officer use them. */
public final class ReturnPage {

    private final Page page;

    ReturnPage(Page page) {
        this.page = page;
    }

    /** Follows the link with this text (a return in a list, a school in a collection) and waits for the page. */
    public ReturnPage follow(String link) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link).setExact(true))
                .click();
        Vaadin.waitUntilSettled(page);
        return this;
    }

    /** Types into the field with this label, replacing what was there. */
    public ReturnPage fill(String label, String value) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(value);
        return this;
    }

    public ReturnPage press(String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
        Vaadin.waitUntilSettled(page);
        return this;
    }

    /** The return's status, as the label beside its school's name says it. */
    public String status() {
        return page.locator("main p .rag").first().innerText();
    }

    public Locator content() {
        return page.locator("main");
    }

    /** The figures of a KPI's page, period by period. */
    public GridTable kpiFigures(String kpiName) {
        return GridTable.of(GridTable.named(page.locator("body"), "Figures against targets, " + kpiName, false));
    }
}

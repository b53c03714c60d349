package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A person's home page in their tenant ({@code /t/<slug>}): the tenant's name and the area at a glance. */
public final class DashboardPage {

    private final Page page;

    DashboardPage(Page page) {
        this.page = page;
    }

    public String heading() {
        return page.locator("main h1").first().textContent().strip();
    }

    /** The section headings, such as "Your local area" or "Your school". */
    public java.util.List<String> sections() {
        return page.locator("main h2").allTextContents().stream()
                .map(String::strip)
                .toList();
    }

    public Locator figures() {
        return page.locator("main .figure");
    }
}

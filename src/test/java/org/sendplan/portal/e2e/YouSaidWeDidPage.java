package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/** A plan's "You said, we did" ({@code .../plans/<id>/you-said-we-did}): what was said, what was done, and why. */
public final class YouSaidWeDidPage {

    private final Page page;

    private YouSaidWeDidPage(Page page) {
        this.page = page;
    }

    static YouSaidWeDidPage shownIn(Page page) {
        page.waitForURL(Pattern.compile(".*/you-said-we-did$"));
        page.locator("h1")
                .filter(new Locator.FilterOptions().setHasText("You said, we did"))
                .waitFor();
        Vaadin.waitUntilSettled(page);
        return new YouSaidWeDidPage(page);
    }

    /** The listed link whose text contains these words, as the page shows it. */
    public String entry(String words) {
        return page.locator(".you-said-we-did li")
                .filter(new Locator.FilterOptions().setHasText(words))
                .innerText();
    }
}

package org.sendplan.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Keyboard use of the shell: the skip link comes first and lands in the content, which then scrolls by keys. */
@BrowserTest
class KeyboardTests {

    @Test
    void theSkipLinkIsTheFirstStopAndMovesFocusToTheContent(Page page) {
        page.setViewportSize(375, 600);
        DemoUser.BOARD_MEMBER.signIn(page);
        page.locator("body").focus();
        page.evaluate("() => document.activeElement && document.activeElement.blur()");

        page.keyboard().press("Tab");
        assertThat(focusedText(page)).isEqualTo("Skip to main content");
        assertThat(page.locator(".skip-link").boundingBox().x)
                .as("skip link shown on screen when focused")
                .isGreaterThanOrEqualTo(0);

        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement && document.activeElement.id === 'main-content'");

        // The dashboard is taller than the screen; with the content focused, the arrow keys scroll it.
        page.keyboard().press("PageDown");
        page.waitForFunction(
                "() => document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part=content]').scrollTop > 0");
    }

    private static String focusedText(Page page) {
        return String.valueOf(
                page.evaluate("() => document.activeElement ? document.activeElement.textContent.trim() : ''"));
    }
}

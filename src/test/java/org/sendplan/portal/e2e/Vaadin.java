package org.sendplan.portal.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;

/** Waiting for a Vaadin page to settle, so that what a test reads or scans is what a person would see. */
final class Vaadin {

    private static final String IDLE = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              if (!clients || Object.keys(clients).length === 0) return false;
              return Object.values(clients).every(client => !client.isActive || !client.isActive());
            }""";

    private static final String STILL =
            "() => document.getAnimations().every(animation => animation.playState !== 'running')";

    /** No overlay (dialog, menu, notification) in the middle of opening or closing, in any shadow root. */
    private static final String NO_OVERLAY_MOVING = """
            () => {
              const moving = root => Array.from(root.querySelectorAll('*')).some(element =>
                  element.hasAttribute('opening') || element.hasAttribute('closing')
                  || (element.shadowRoot !== null && moving(element.shadowRoot)));
              return !moving(document);
            }""";

    private Vaadin() {}

    /** Until the server has answered every round trip the page started. */
    static void waitUntilIdle(Page page) {
        page.waitForFunction(IDLE, null, new Page.WaitForFunctionOptions().setPollingInterval(50));
    }

    /** Idle, and overlays, drawers and ripples done moving (colour contrast is judged on still pixels). */
    static void waitUntilSettled(Page page) {
        waitUntilIdle(page);
        page.waitForFunction(NO_OVERLAY_MOVING, null, new Page.WaitForFunctionOptions().setPollingInterval(50));
        try {
            page.waitForFunction(
                    STILL,
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(3_000).setPollingInterval(50));
        } catch (PlaywrightException endlessAnimation) {
            // A spinner may turn for ever; three seconds is long enough for anything that ends.
        }
    }
}

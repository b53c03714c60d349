package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/** Waiting for a Vaadin dialog to finish opening or closing. */
final class Dialogs {

    private Dialogs() {}

    /** The open dialog, once it has finished opening. */
    static Locator waitUntilOpen(Page page) {
        Locator dialog = page.locator("vaadin-dialog[opened]:not([opening])");
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        Vaadin.waitUntilSettled(page);
        return dialog;
    }

    /** Until no dialog is open. */
    static void waitUntilClosed(Page page) {
        page.locator("vaadin-dialog[opened]")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        Vaadin.waitUntilSettled(page);
    }
}

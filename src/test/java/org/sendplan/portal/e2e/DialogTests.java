package org.sendplan.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;

/** The administrators' dialogs, open over their pages, pass the same scan as the pages. Nothing is saved. */
@BrowserTest
class DialogTests {

    @Test
    void aTenantAdminsDialogs(Page page) {
        Shell shell = DemoUser.TENANT_ADMIN.signIn(page);

        shell.open("Members and roles");
        scanDialog(page, "Add a member", "Add a member");
        // The first member by name: members other tests add may push later rows out of the grid's rendered range.
        scanDialog(page, "Change Alex Admin (Warwickshire)", "Change Alex Admin (Warwickshire)");

        shell.open("Organisations");
        scanDialog(page, "Add an organisation", "Add an organisation");
        scanDialog(page, "Upload schools (CSV)", "Upload schools");
    }

    @Test
    void aPlatformAdminsDialog(Page page) {
        DemoUser.PLATFORM_ADMIN.signIn(page);
        scanDialog(page, "Add a local authority", "Add a local authority");
    }

    /** Opens a dialog with a button, scans the page with it open, and closes it with Cancel (or Escape). */
    private static void scanDialog(Page page, String button, String dialogTitle) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
        // The vaadin-dialog element carries role="dialog" but draws its box in an overlay, so wait for it to be open.
        Locator dialog = page.locator("vaadin-dialog[opened]:not([opening])");
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        Vaadin.waitUntilSettled(page);
        assertThat(dialog.getAttribute("aria-label")).startsWith(dialogTitle);
        Browser.screenshot(page, "dialog-" + dialogTitle.toLowerCase().replaceAll("[^a-z]+", "-"));
        AccessibilityScan.assertNoViolations(page, "the dialog '" + dialogTitle + "'");
        Locator cancel = page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel").setExact(true));
        if (cancel.count() > 0) {
            cancel.first().click();
        } else {
            page.keyboard().press("Escape");
        }
        page.locator("vaadin-dialog[opened]")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        Vaadin.waitUntilSettled(page);
    }
}

package org.sendplan.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * An open finance dialog (a form, adding a line, importing, the board's decision): its fields by their
 * labels, its buttons by their words. Every open dialog is scanned like a page.
 */
public final class FinanceDialog {

    private static final String OPEN = "vaadin-dialog[opened]";

    private final Page page;
    private final String title;

    private FinanceDialog(Page page, String title) {
        this.page = page;
        this.title = title;
    }

    /** Clicks the button that opens a dialog and waits until the dialog titled {@code title} is open and still. */
    static FinanceDialog openWith(Page page, String button, String title) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
        Locator dialog = page.locator(OPEN + ":not([opening])");
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        Vaadin.waitUntilSettled(page);
        assertThat(dialog.getAttribute("aria-label"))
                .as("the dialog opened by '%s'", button)
                .startsWith(title);
        return new FinanceDialog(page, title);
    }

    public Locator root() {
        return page.locator(OPEN);
    }

    /** Scans the page with the dialog open and keeps a picture of it. */
    public FinanceDialog assertAccessible(String where) {
        Browser.screenshot(page, "dialog-finance-" + where.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        AccessibilityScan.assertNoViolations(page, "the dialog '" + title + "' (" + where + ")");
        return this;
    }

    /** Types into the text field (or text area) with this label, replacing what was there. */
    public FinanceDialog fill(String label, String value) {
        field(label).fill(value);
        return this;
    }

    /** Chooses an item of the combo box with this label by typing its words and pressing Enter. */
    public FinanceDialog choose(String label, String item) {
        Locator input = field(label);
        input.fill(item);
        Vaadin.waitUntilSettled(page);
        input.press("Enter");
        Vaadin.waitUntilSettled(page);
        assertThat(input.inputValue()).as("the choice in '%s'", label).isEqualTo(item);
        return this;
    }

    public Locator field(String label) {
        return root().getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    public Locator button(String name) {
        return root().getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Clicks a button inside the dialog that leaves it open (a preview, say). */
    public FinanceDialog press(String name) {
        button(name).click();
        Vaadin.waitUntilSettled(page);
        return this;
    }

    /** Clicks the button that saves, and waits for the dialog to close. */
    public void save(String name) {
        button(name).click();
        page.locator(OPEN).waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        Vaadin.waitUntilSettled(page);
    }

    public Page page() {
        return page;
    }
}

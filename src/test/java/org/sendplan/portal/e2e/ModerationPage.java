package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Moderation ({@code /t/<slug>/moderation}): reported comments to hide or dismiss, hidden comments, the log. */
public final class ModerationPage {

    /** Ticks the selection box on the row whose cells contain the words (the grid's cells are slotted into its shadow table). */
    private static final String CHOOSE_ROW = """
            (table, words) => {
              const contents = [...table.getRootNode().host.querySelectorAll('vaadin-grid-cell-content')];
              const hit = contents.find(c => c.textContent.includes(words));
              const first = table.querySelector(`slot[name="${hit.slot}"]`).closest('tr').querySelector('slot').name;
              contents.find(c => c.slot === first).querySelector('vaadin-checkbox').click();
            }""";
    /** Only cells of shown rows count: the grid keeps the cells of rows it no longer shows, hidden, for reuse. */
    private static final String LISTS = """
            (table, words) => [...table.getRootNode().host.querySelectorAll('vaadin-grid-cell-content')]
                .filter(c => c.textContent.includes(words))
                .some(c => {
                  const row = table.querySelector(`slot[name="${c.slot}"]`)?.closest('tr');
                  return row && !row.hidden;
                })""";

    private final Page page;

    ModerationPage(Page page) {
        this.page = page;
        page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Reported comments").setLevel(2))
                .waitFor();
        Vaadin.waitUntilSettled(page);
    }

    /** Whether the grid ("Reported comments", "Hidden comments") lists a comment with these words. */
    public boolean lists(String grid, String words) {
        return (Boolean) table(grid).evaluate(LISTS, words);
    }

    /** Chooses the reported comment and hides it with the reason; waits until it is among the hidden comments. */
    public ModerationPage hide(String words, String reason) {
        table("Reported comments").evaluate(CHOOSE_ROW, words);
        Vaadin.waitUntilSettled(page);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Hide chosen comments")
                                .setExact(true))
                .click();
        Dialogs.waitUntilOpen(page);
        page.getByLabel("Reason (the author is told)").fill(reason);
        page.locator("vaadin-dialog[opened]")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Hide comments").setExact(true))
                .click();
        Dialogs.waitUntilClosed(page);
        page.waitForCondition(() -> lists("Hidden comments", words) && !lists("Reported comments", words));
        return this;
    }

    private Locator table(String grid) {
        return page.getByRole(
                AriaRole.TREEGRID, new Page.GetByRoleOptions().setName(grid).setExact(true));
    }
}

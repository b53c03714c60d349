package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;

/** One action ({@code .../plans/<id>/actions/<id>}): its RAG, fields, progress updates; officers edit and post updates. */
public final class ActionPage {

    private final Page page;

    private ActionPage(Page page) {
        this.page = page;
    }

    static ActionPage shownIn(Page page, String activity) {
        page.waitForURL(Pattern.compile(".*/actions/[0-9a-f-]{36}$"));
        page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(activity).setLevel(1))
                .waitFor();
        Vaadin.waitUntilSettled(page);
        return new ActionPage(page);
    }

    /** The value shown beside a field's name ("Lead", "Measure", ...). */
    public String field(String name) {
        return page.locator(".action-fields dt:text-is('" + name + "') + dd")
                .textContent()
                .strip();
    }

    /** The RAG in words, such as "Amber – At risk". */
    public String rag() {
        return page.locator("main .rag").first().textContent().strip();
    }

    /** "Edit action": changes one text field and saves. */
    public ActionPage edit(String field, String value) {
        button("Edit action").click();
        Dialogs.waitUntilOpen(page);
        page.getByLabel(field, new Page.GetByLabelOptions().setExact(true)).fill(value);
        button("Save changes").click();
        Dialogs.waitUntilClosed(page);
        return this;
    }

    /** "Post a progress update" with a new RAG (its label, e.g. "Amber – At risk") and the reason for the change. */
    public ActionPage postUpdate(String whatHappened, String rag, String reason) {
        button("Post a progress update").click();
        Dialogs.waitUntilOpen(page);
        page.getByLabel("What has happened", new Page.GetByLabelOptions().setExact(true))
                .fill(whatHappened);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(rag).setExact(true))
                .check();
        Locator why = page.getByLabel("Reason for changing the RAG", new Page.GetByLabelOptions().setExact(true));
        why.fill(reason);
        button("Post update").click();
        Dialogs.waitUntilClosed(page);
        return this;
    }

    /** The cells of the page's tables (progress updates, history) that contain these words. */
    public Locator cellsContaining(String words) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(words));
    }

    /** Follows "Back to <plan>". */
    public PlanPage backToPlan(String planTitle) {
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Back to " + planTitle)
                                .setExact(true))
                .click();
        return PlanPage.shownIn(page, planTitle);
    }

    /** Every button in the page's content (an officer's edit, update and remove). */
    public List<String> buttons() {
        @SuppressWarnings("unchecked")
        List<String> outsideComments = (List<String>) page.locator("main vaadin-button")
                .evaluateAll(
                        "buttons => buttons.filter(b => !b.closest('.comment-thread')).map(b => b.textContent.trim())");
        return outsideComments;
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}

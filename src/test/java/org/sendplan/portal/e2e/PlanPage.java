package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;

/** One plan ({@code /t/<slug>/plans/<id>}): its stage, lifecycle buttons, tools for officers, themes and actions. */
public final class PlanPage {

    private static final Pattern ACTION_COUNT = Pattern.compile("^\\d+ actions? \\(downloads hold the same\\):$");

    private final Page page;

    private PlanPage(Page page) {
        this.page = page;
    }

    /** The plan's page, once the browser shows the plan with this title. */
    static PlanPage shownIn(Page page, String title) {
        page.waitForURL(Pattern.compile(".*/plans/[0-9a-f-]{36}$"));
        page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(title).setLevel(1))
                .waitFor();
        Vaadin.waitUntilSettled(page);
        return new PlanPage(page);
    }

    /** "2026-27 to 2028-29 · Draft", and so on. */
    public String stage() {
        return page.locator(".plan-stage").textContent().strip();
    }

    /** Opens "Import a plan table" (officers only). */
    public ImportDialog openImport() {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Import a plan table")
                                .setExact(true))
                .click();
        return ImportDialog.shownIn(page);
    }

    /** How many themes "At a glance" lists, one row each (vaadin-grid's table has the treegrid role; its host knows the rows). */
    public int themeCount() {
        return ((Number) page.getByRole(
                                AriaRole.TREEGRID, new Page.GetByRoleOptions().setName("Actions per theme by RAG"))
                        .evaluate("table => table.getRootNode().host.size"))
                .intValue();
    }

    /** "22 actions (downloads hold the same):" above the actions table. */
    public String actionCount() {
        return page.getByText(ACTION_COUNT).textContent().strip();
    }

    /** The links to the plan's actions, in the order the actions table shows them. */
    public Locator actionLinks() {
        return page.locator("vaadin-grid a.cell-link[href*='/actions/']");
    }

    /** Opens the first action in the actions table. */
    public ActionPage openFirstAction() {
        Locator first = actionLinks().first();
        String activity = first.textContent().strip();
        first.click();
        return ActionPage.shownIn(page, activity);
    }

    /** Moves the plan on with one of the lifecycle buttons ("Send out for consultation", "Approve this version"). */
    public PlanPage move(String button, String newStage) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
        if (button.equals("Approve this version")) {
            // The board confirms after reading the forum's position.
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Approve").setExact(true))
                    .click();
        }
        page.locator(".plan-stage")
                .filter(new Locator.FilterOptions().setHasText(newStage))
                .waitFor();
        Vaadin.waitUntilSettled(page);
        return this;
    }

    /** Every button in the page's content but the comments (anyone who reads may comment): lifecycle moves and the officers' tools. */
    public List<String> buttons() {
        @SuppressWarnings("unchecked")
        List<String> outsideComments = (List<String>) page.locator("main vaadin-button")
                .evaluateAll(
                        "buttons => buttons.filter(b => !b.closest('.comment-thread')).map(b => b.textContent.trim())");
        return outsideComments;
    }
}

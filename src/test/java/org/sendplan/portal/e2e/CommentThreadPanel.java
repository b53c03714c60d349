package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The comments at the end of a plan, action or version page: post, reply, report, and "You said, we did" on each comment. */
public final class CommentThreadPanel {

    private final Page page;

    CommentThreadPanel(Page page) {
        this.page = page;
    }

    /** Posts a first comment and waits until the thread shows it. */
    public CommentThreadPanel post(String text) {
        page.getByLabel("Your comment").fill(text);
        button(page.locator("main"), "Post comment").click();
        comment(text).waitFor();
        Vaadin.waitUntilSettled(page);
        return this;
    }

    /** The comment whose text contains these words. */
    public Locator comment(String words) {
        return page.locator(".comment")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator(".comment-body").filter(new Locator.FilterOptions().setHasText(words))));
    }

    /** Replies to the comment and marks the reply as the authority's official response (LA officers). */
    public CommentThreadPanel replyOfficially(String to, String reply) {
        button(comment(to), "Reply").click();
        page.getByLabel("Your reply").fill(reply);
        button(page.locator("main"), "Post reply").click();
        comment(reply).waitFor();
        Vaadin.waitUntilSettled(page);
        button(comment(reply), "Mark as official response").click();
        comment(reply).locator(".official-label").waitFor();
        Vaadin.waitUntilSettled(page);
        return this;
    }

    /** Opens "Link to a change" under the comment (LA officers), picks the first change offered and saves the statement. */
    public CommentThreadPanel linkToChange(String words, String statement) {
        button(comment(words), "Link to a change").click();
        Dialogs.waitUntilOpen(page);
        AccessibilityScan.assertNoViolations(page, "the link to a change dialog");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("The change it led to"))
                .click();
        page.locator("vaadin-combo-box-item").first().click();
        page.getByLabel("Statement", new Page.GetByLabelOptions().setExact(true))
                .fill(statement);
        button(page.locator("vaadin-dialog[opened]"), "Link to this change").click();
        Dialogs.waitUntilClosed(page);
        return this;
    }

    /** Opens "What happened to this" under the comment and returns what it says. */
    public String whatHappened(String words) {
        Locator details = comment(words).locator(".comment-what-happened");
        details.locator("vaadin-details-summary").click();
        Vaadin.waitUntilSettled(page);
        return details.innerText();
    }

    /** Reports the comment with a reason. */
    public CommentThreadPanel report(String words, String reason) {
        button(comment(words), "Report").click();
        Dialogs.waitUntilOpen(page);
        page.getByLabel("Why should a moderator look at it?").fill(reason);
        button(page.locator("vaadin-dialog[opened]"), "Report comment").click();
        Dialogs.waitUntilClosed(page);
        return this;
    }

    private static Locator button(Locator scope, String name) {
        return scope.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true))
                .first();
    }
}

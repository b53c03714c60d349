package org.sendplan.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's co-production journey: a parent carer comments on an action; an officer replies officially and links the
 * comment to the change it led to; the parent sees what happened; the forum lead records the forum's position; the board
 * approves; a tenant administrator hides a reported comment. Every screen on the way passes the axe-core scan.
 */
@BrowserTest
class YouSaidWeDidJourneyTests {

    @Test
    void aParentCarerSeesWhatHappenedToTheirCommentBeforeTheBoardApprovesAndAReportedCommentIsHidden(Page page) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "Co-produced plan " + run;
        String said = "Please publish the provision matrix before the summer term " + run;
        String offTopic = "Off-topic advert for tutoring " + run;
        String statement = "We brought the review forward to the spring term.";

        // An officer imports a plan and sends it out for consultation, so partners read it.
        Shell officer = SignInPage.open(page).signInAs("warwickshire.officer");
        officer.open("Plans");
        PlanPage plan = officer.plans().create(title);
        ImportDialog importing = plan.openImport();
        importing.upload(PlanJourneyTests.SEED_TABLE);
        importing.importAll();
        plan.move("Send out for consultation", "In consultation");
        officer.signOut();

        // A school posts something off-topic on the action; a parent carer comments and reports it.
        actionAs(page, "warwickshire.school", title).post(offTopic);
        signOut(page);
        CommentThreadPanel thread = actionAs(page, "warwickshire.parent", title);
        thread.post(said).report(offTopic, "It is an advert, not about the plan");
        AccessibilityScan.assertNoViolations(page, "the action page with the parent carer's comment");
        signOut(page);

        // The officer replies officially and links the comment to the action it changed.
        thread = actionAs(page, "warwickshire.officer", title);
        thread.replyOfficially(said, "Thank you: we have changed the timetable.")
                .linkToChange(said, statement);
        assertThat(thread.whatHappened(said)).contains(statement);
        signOut(page);

        // The parent sees what happened to their comment, and the plan's "You said, we did" lists it.
        thread = actionAs(page, "warwickshire.parent", title);
        assertThat(thread.whatHappened(said)).contains(statement, "Linked by");
        AccessibilityScan.assertNoViolations(page, "the action page showing what happened to the comment");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Back to " + title).setExact(true))
                .click();
        PlanPage.shownIn(page, title);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("You said, we did").setExact(true))
                .click();
        YouSaidWeDidPage youSaidWeDid = YouSaidWeDidPage.shownIn(page);
        assertThat(youSaidWeDid.entry(said)).contains(statement, "Comment from");
        AccessibilityScan.assertNoViolations(page, "the plan's You said, we did page");
        signOut(page);

        // The forum lead records the forum's position on the version going to the board.
        Shell forumLead = SignInPage.open(page).signInAs("warwickshire.forumlead");
        forumLead.open("Plans");
        forumLead.plans().open(title);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Record the forum's position")
                                .setExact(true))
                .click();
        Dialogs.waitUntilOpen(page);
        page.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions()
                                .setName("Endorsed with reservations")
                                .setExact(true))
                .check();
        page.getByLabel("Statement", new Page.GetByLabelOptions().setExact(true))
                .fill("Transport needs more work");
        AccessibilityScan.assertNoViolations(page, "the forum's position dialog");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Record position").setExact(true))
                .click();
        Dialogs.waitUntilClosed(page);
        assertThat(page.locator(".forum-position").innerText()).contains("Endorsed with reservations");
        forumLead.signOut();

        // A board member approves the version.
        Shell board = DemoUser.BOARD_MEMBER.signIn(page);
        board.open("Plans");
        board.plans().open(title).move("Approve this version", "Approved");
        board.signOut();

        // A tenant administrator hides the reported comment from the moderation queue.
        Shell admin = SignInPage.open(page).signInAs("warwickshire.admin");
        admin.open("Moderation");
        ModerationPage moderation = new ModerationPage(page);
        AccessibilityScan.assertNoViolations(page, "the moderation queue");
        moderation.hide(offTopic, "Adverts are not allowed");
        assertThat(moderation.lists("Reported comments", offTopic)).isFalse();
        admin.signOut();
    }

    /** Signs in and opens the plan's first action; returns its comments. */
    private static CommentThreadPanel actionAs(Page page, String username, String title) {
        Shell shell = SignInPage.open(page).signInAs(username);
        shell.open("Plans");
        shell.plans().open(title).openFirstAction();
        return new CommentThreadPanel(page);
    }

    private static void signOut(Page page) {
        Shell.shownIn(page).signOut();
    }
}

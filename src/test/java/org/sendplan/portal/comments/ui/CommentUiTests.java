package org.sendplan.portal.comments.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.comments.CommentDetails;
import org.sendplan.portal.comments.CommentFixtures;
import org.sendplan.portal.comments.CommentService;
import org.sendplan.portal.comments.CommentTarget;
import org.sendplan.portal.comments.ModerationService;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.plans.PlanFixtures;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.tenancy.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The comment thread on plan and action pages, driven as the people who use it would. */
class CommentUiTests extends UiTest {

    @Autowired
    CommentService comments;

    @Autowired
    ModerationService moderation;

    @Autowired
    CommentFixtures fixtures;

    @Autowired
    PlanService plans;

    @Autowired
    PlanLifecycle lifecycle;

    @Test
    void aParentCarerPostsACommentOnAnActionAndSeesItInTheThread() {
        String parent = fixtures.newMember("kingston", "Poppy Parent", Role.PARENT_CARER);
        signedIn.as(parent);
        CommentTarget action = fixtures.firstDemoAction();
        String page = actionPage("kingston", action);
        signInAndOpen(parent, page);
        TextArea text = _get(TextArea.class, spec -> spec.withLabel("Your comment"));
        text.setValue("Line one\nLine two");
        _click(_get(Button.class, spec -> spec.withText("Post comment")));
        assertThat(text.getValue()).isEmpty();
        assertThat(bodies()).anySatisfy(body -> {
            assertThat(body.getElement().getTextRecursively()).isEqualTo("Line oneLine two");
            assertThat(body.getElement()
                            .getChildren()
                            .filter(e -> !e.isTextNode())
                            .map(Element::getTag))
                    .contains("br");
        });
    }

    @Test
    void scriptsAndUnsafeLinksInACommentAreShownAsTextAndNeverRun() {
        String payload = "<script>alert(1)</script> <img src=x onerror=alert(2)> javascript:alert(3) "
                + "https://example.org/\"onmouseover=\"alert(4)";
        String author = fixtures.newMember("solihull", "Xavier Test", Role.PARENT_CARER);
        signedIn.as(author);
        CommentTarget plan = fixtures.demoPlanTarget();
        comments.post(plan, payload);
        signInAndOpen("solihull.board", "t/solihull/plans/" + plan.id());
        CommentBody body = bodies().stream()
                .filter(b -> b.getElement().getTextRecursively().contains("onerror"))
                .findFirst()
                .orElseThrow();
        assertThat(body.getElement().getTextRecursively()).isEqualTo(payload);
        assertThat(descendants(body.getElement()).map(Element::getTag)).doesNotContain("script", "img");
        List<Anchor> links = descendants(body.getElement())
                .filter(e -> e.getTag().equals("a"))
                .map(e -> (Anchor) e.getComponent().orElseThrow())
                .toList();
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.getHref()).isEqualTo("https://example.org/");
            assertThat(link.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
            assertThat(link.getElement().getAttribute("onmouseover")).isNull();
        });
    }

    @Test
    void theOfficialResponseIsLabelledInWordsAndTheFilterShowsOnlyOfficialResponses() {
        signedIn.as("warwickshire.parent");
        CommentTarget plan = fixtures.demoPlanTarget();
        signInAndOpen("warwickshire.parent", "t/warwickshire/plans/" + plan.id());
        CommentCard official = _find(CommentCard.class).stream()
                .filter(c -> c.comment().official())
                .findFirst()
                .orElseThrow();
        assertThat(_get(official, Span.class, spec -> spec.withClasses("official-label"))
                        .getText())
                .isEqualTo("Official response from the local authority");
        assertThat(official.getElement().getAttribute("aria-label"))
                .isEqualTo("Official response from Olu Officer (Warwickshire)");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> show = _get(RadioButtonGroup.class, spec -> spec.withLabel("Show"));
        show.setValue(CommentThread.OFFICIAL);
        assertThat(_find(CommentCard.class))
                .isNotEmpty()
                .allSatisfy(card -> assertThat(card.comment().official()).isTrue());
    }

    @Test
    void aNewCommentFromSomeoneElseAppearsWithoutReloadingAndIsAnnounced() throws InterruptedException {
        String reader = fixtures.newMember("kingston", "Rita Reader", Role.BOARD_MEMBER);
        String writer = fixtures.newMember("kingston", "Walt Writer", Role.PARENT_CARER);
        signedIn.as(reader);
        CommentTarget plan = fixtures.demoPlanTarget();
        signInAndOpen(reader, "t/kingston/plans/" + plan.id());
        signedIn.as(writer);
        CommentDetails posted = comments.post(plan, "Posted while Rita reads");
        signedIn.as(reader);
        for (int wait = 0; wait < 100 && cardOf(posted) == null; wait++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(cardOf(posted)).isNotNull();
        Component announcer = _get(CommentThread.class)
                .getChildren()
                .filter(c -> c.getElement().getClassList().contains("comment-announcer"))
                .findFirst()
                .orElseThrow();
        assertThat(announcer.getElement().getText()).isEqualTo("New comment from Walt Writer");
        assertThat(announcer.getElement().getAttribute("aria-live")).isEqualTo("polite");
    }

    @Test
    void aPausedPersonIsToldWhyBesideTheFieldAndKeepsWhatTheyWrote() {
        String username = fixtures.newMember("solihull", "Pia Paused", Role.PARENT_CARER);
        SignedInUser paused = signedIn.as(username);
        CommentTarget plan = fixtures.demoPlanTarget();
        signedIn.as("solihull.admin");
        moderation.pause(paused.personId(), LocalDate.now().plusDays(2), "Cooling off");
        signInAndOpen(username, "t/solihull/plans/" + plan.id());
        TextArea text = _get(TextArea.class, spec -> spec.withLabel("Your comment"));
        text.setValue("My long and careful comment");
        _click(_get(Button.class, spec -> spec.withText("Post comment")));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).startsWith("A moderator has paused your commenting until");
        assertThat(text.getValue()).isEqualTo("My long and careful comment");
    }

    @Test
    void anAuthorWithdrawsTheirCommentAfterConfirmingAndTheThreadSaysSo() {
        String author = fixtures.newMember("kingston", "Wanda Withdraws", Role.PARENT_CARER);
        signedIn.as(author);
        CommentTarget action = fixtures.firstDemoAction();
        CommentDetails posted = comments.post(action, "I spoke too soon");
        signInAndOpen(author, actionPage("kingston", action));
        CommentCard card = cardOf(posted);
        _click(_get(card, Button.class, spec -> spec.withText("Withdraw")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(cardOf(posted).getElement().getTextRecursively())
                .contains("Comment withdrawn")
                .doesNotContain("I spoke too soon");
    }

    @Test
    void anOfficerMarksAReplyAsTheOfficialResponse() {
        String parent = fixtures.newMember("kingston", "Quentin Question", Role.PARENT_CARER);
        signedIn.as(parent);
        CommentTarget plan = fixtures.demoPlanTarget();
        CommentDetails question = comments.post(plan, "Is there a waiting list?");
        signedIn.as("kingston.officer");
        CommentDetails reply = comments.reply(question.id(), "Yes, and it is shrinking.");
        signInAndOpen("kingston.officer", "t/kingston/plans/" + plan.id());
        _click(_get(cardOf(reply), Button.class, spec -> spec.withText("Mark as official response")));
        assertThat(cardOf(reply).comment().official()).isTrue();
        assertThat(cardOf(reply).getElement().getTextRecursively())
                .contains("Official response from the local authority");
    }

    @Test
    void anAuthorEditsTheirCommentWithinTheWindowAndItIsMarkedEdited() {
        String author = fixtures.newMember("warwickshire", "Ed Itor", Role.PARENT_CARER);
        signedIn.as(author);
        CommentTarget plan = fixtures.demoPlanTarget();
        CommentDetails posted = comments.post(plan, "Teh typo");
        signInAndOpen(author, "t/warwickshire/plans/" + plan.id());
        _click(_get(cardOf(posted), Button.class, spec -> spec.withText("Edit")));
        _get(cardOf(posted), TextArea.class, spec -> spec.withLabel("Your comment"))
                .setValue("The typo, fixed");
        _click(_get(cardOf(posted), Button.class, spec -> spec.withText("Save changes")));
        assertThat(cardOf(posted).getElement().getTextRecursively()).contains("The typo, fixed", "· edited");
    }

    @Test
    void anyoneWhoReadsAPlanReportsACommentWithAReason() {
        String author = fixtures.newMember("solihull", "Rhys Reported", Role.PARENT_CARER);
        signedIn.as(author);
        CommentTarget plan = fixtures.demoPlanTarget();
        CommentDetails posted = comments.post(plan, "Something to report");
        signInAndOpen("solihull.board", "t/solihull/plans/" + plan.id());
        _click(_get(cardOf(posted), Button.class, spec -> spec.withText("Report")));
        _click(_get(Button.class, spec -> spec.withText("Report comment")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Why should a moderator look at it?"));
        assertThat(reason.getErrorMessage()).isEqualTo("Say why you are reporting this comment");
        reason.setValue("Off topic");
        _click(_get(Button.class, spec -> spec.withText("Report comment")));
        signedIn.as("solihull.admin");
        assertThat(moderation.queue()).anySatisfy(r -> {
            assertThat(r.comment().id()).isEqualTo(posted.id());
            assertThat(r.reports()).containsExactly("Bea Board (Solihull): Off topic");
        });
    }

    @Test
    void anApprovedVersionHasItsOwnPageWithItsOwnComments() {
        signedIn.as("kingston.officer");
        PlanSummary plan = plans.create(PlanFixtures.draft("Plan whose version is discussed"));
        plan = lifecycle.moveTo(plan.id(), plan.version(), PlanStatus.CONSULTATION);
        signedIn.as("kingston.board");
        lifecycle.moveTo(plan.id(), plan.version(), PlanStatus.APPROVED);
        signInAndOpen("kingston.board", "t/kingston/plans/" + plan.id() + "/versions/1");
        assertThat(_get(H1.class).getText()).isEqualTo("Version 1 of Plan whose version is discussed");
        _get(TextArea.class, spec -> spec.withLabel("Your comment"))
                .setValue("We approved this on the understanding that transport is reviewed.");
        _click(_get(Button.class, spec -> spec.withText("Post comment")));
        assertThat(_find(CommentCard.class))
                .singleElement()
                .satisfies(card -> assertThat(card.comment().target().kind()).isEqualTo("plan-version"));
    }

    private CommentCard cardOf(CommentDetails comment) {
        return _find(CommentCard.class).stream()
                .filter(c -> c.comment().id().equals(comment.id()))
                .findFirst()
                .orElse(null);
    }

    private String actionPage(String tenant, CommentTarget action) {
        return "t/" + tenant + "/plans/" + fixtures.demoPlan().id() + "/actions/" + action.id();
    }

    private static List<CommentBody> bodies() {
        return _find(CommentBody.class);
    }

    private static Stream<Element> descendants(Element element) {
        return element.getChildren()
                .filter(child -> !child.isTextNode())
                .flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}

package org.sendplan.portal.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.plans.PlanFixtures;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.tenancy.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class CommentServiceTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    CommentService comments;

    @Autowired
    ModerationService moderation;

    @Autowired
    MessageService messages;

    @Autowired
    PlanService plans;

    @Autowired
    CommentFixtures fixtures;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void aParentCarerCannotCommentOnADraftPlanTheyCannotRead() {
        signedIn.as("kingston.officer");
        PlanSummary draft = plans.create(PlanFixtures.draft("Draft plan nobody outside the LA reads yet"));
        signedIn.as("kingston.parent");
        assertThatThrownBy(() -> comments.post(new CommentTarget("plan", draft.id()), "Can I see this?"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.thread(new CommentTarget("plan", draft.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aParentCarerCommentsOnAPlanOutForConsultation() {
        signedIn.as(fixtures.newMember("kingston", "Pat Parent", Role.PARENT_CARER));
        CommentTarget plan = fixtures.demoPlanTarget();
        CommentDetails posted = comments.post(plan, "  Thank you for asking us.\n  ");
        assertThat(posted.text()).isEqualTo("Thank you for asking us.");
        assertThat(comments.thread(plan)).extracting(CommentDetails::id).contains(posted.id());
    }

    @Test
    void aPausedPersonIsRefusedWithTheDayTheyMayCommentAgain() {
        String username = fixtures.newMember("solihull", "Paused Person", Role.PARENT_CARER);
        SignedInUser paused = signedIn.as(username);
        CommentTarget plan = fixtures.demoPlanTarget();
        signedIn.as("solihull.admin");
        moderation.pause(paused.personId(), LocalDate.of(2099, 3, 3), "Repeated personal remarks");
        signedIn.as(username);
        assertThatThrownBy(() -> comments.post(plan, "Hello again"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A moderator has paused your commenting until 3 March 2099 (Repeated personal remarks). "
                        + "You can comment again from 4 March 2099.");
        assertThat(messages.myMessages()).extracting(Message::subject).contains("Your commenting is paused");
    }

    @Test
    void theSixthCommentInAMinuteIsRefusedWithTheTimeToPostAgain() {
        signedIn.as(fixtures.newMember("solihull", "Quick Poster", Role.PARENT_CARER));
        CommentTarget plan = fixtures.demoPlanTarget();
        for (int i = 1; i <= 5; i++) {
            comments.post(plan, "Point " + i);
        }
        assertThatThrownBy(() -> comments.post(plan, "Point 6"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("You have reached the limit of 5 comments a minute. You can post again at ")
                .hasMessageEndingWith(". Your text is still here.");
    }

    @Test
    void aTooLongCommentIsRefusedSayingHowLongItIs() {
        signedIn.as("warwickshire.board");
        assertThatThrownBy(() -> comments.post(fixtures.demoPlanTarget(), "x".repeat(5001)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "Keep a comment to 5,000 characters: this one has 5,001. Your text is still here to shorten.");
    }

    @Test
    void anEditWithinFifteenMinutesIsMarkedEditedAndAStaleVersionIsRefused() {
        signedIn.as(fixtures.newMember("warwickshire", "Eddie Editor", Role.PARENT_CARER));
        CommentDetails posted = comments.post(fixtures.demoPlanTarget(), "Teh first draft");
        CommentDetails edited = comments.edit(posted.id(), posted.version(), "The first draft");
        assertThat(edited.edited()).isTrue();
        assertThat(edited.text()).isEqualTo("The first draft");
        assertThatThrownBy(() -> comments.edit(posted.id(), posted.version(), "Overwriting"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("changed since you opened it");
    }

    @Test
    void anAuthorCannotEditACommentAfterFifteenMinutes() {
        signedIn.as(fixtures.newMember("warwickshire", "Late Editor", Role.PARENT_CARER));
        CommentDetails posted = comments.post(fixtures.demoPlanTarget(), "Original words");
        fixtures.postedMinutesAgo(posted.id(), 16);
        assertThatThrownBy(() -> comments.edit(posted.id(), posted.version(), "New words"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Comments can be edited for 15 minutes after posting");
        assertThat(comments.comment(posted.id()).orElseThrow().editable()).isFalse();
    }

    @Test
    void onlyTheAuthorCanEditOrWithdrawAComment() {
        signedIn.as("kingston.forumlead");
        CommentDetails posted = comments.post(fixtures.demoPlanTarget(), "Forum view");
        signedIn.as("kingston.board");
        assertThatThrownBy(() -> comments.withdraw(posted.id(), posted.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.edit(posted.id(), posted.version(), "Mine now"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWithdrawnCommentKeepsItsPlaceButNotItsText() {
        signedIn.as("kingston.forumlead");
        CommentDetails posted = comments.post(fixtures.demoPlanTarget(), "Second thoughts");
        comments.withdraw(posted.id(), posted.version());
        signedIn.as("kingston.board");
        CommentDetails seen = comments.comment(posted.id()).orElseThrow();
        assertThat(seen.state()).isEqualTo(CommentState.WITHDRAWN);
        assertThat(seen.text()).isEmpty();
    }

    @Test
    void onlyAnLaOfficerMarksAReplyAsTheOfficialResponseAndItIsListed() {
        signedIn.as("solihull.forumlead");
        CommentDetails question = comments.post(fixtures.demoPlanTarget(), "When will transport change?");
        assertThatThrownBy(() -> comments.markOfficial(question.id(), question.version(), true))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("solihull.officer");
        assertThatThrownBy(() -> comments.markOfficial(question.id(), question.version(), true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Only a reply can be the authority's official response");
        CommentDetails answer = comments.reply(question.id(), "From April.");
        comments.markOfficial(answer.id(), answer.version(), true);
        signedIn.as("solihull.parent");
        assertThat(comments.officialResponses()).anySatisfy(r -> {
            assertThat(r.response().id()).isEqualTo(answer.id());
            assertThat(r.answering().id()).isEqualTo(question.id());
        });
    }

    @Test
    void aModeratorHidesAReportedCommentAndItsAuthorIsToldWhy() {
        SignedInUser author = signedIn.as(fixtures.newMember("warwickshire", "Hal Hidden", Role.PARENT_CARER));
        CommentDetails posted = comments.post(fixtures.firstDemoAction(), "Something unkind");
        signedIn.as("warwickshire.board");
        moderation.report(posted.id(), "Unkind");
        assertThatThrownBy(() -> moderation.report(posted.id(), "Again")).hasMessageContaining("already reported");
        assertThatThrownBy(moderation::queue).isInstanceOf(AccessDeniedException.class);
        signedIn.as("warwickshire.admin");
        assertThat(moderation.queue())
                .anySatisfy(r -> assertThat(r.comment().id()).isEqualTo(posted.id()));
        moderation.hide(Set.of(posted.id()), "Personal remarks");
        assertThat(moderation.queue())
                .noneSatisfy(r -> assertThat(r.comment().id()).isEqualTo(posted.id()));
        assertThat(moderation.log()).anySatisfy(e -> {
            assertThat(e.commentId()).isEqualTo(posted.id());
            assertThat(e.moderatorName()).isEqualTo("Alex Admin (Warwickshire)");
            assertThat(e.reason()).isEqualTo("Personal remarks");
        });
        signedIn.as("warwickshire.board");
        assertThat(comments.comment(posted.id()).orElseThrow().text()).isEmpty();
        signedIn.as(author.username());
        assertThat(comments.comment(posted.id()).orElseThrow().hiddenReason()).isEqualTo("Personal remarks");
        assertThat(messages.myMessages())
                .anySatisfy(m -> assertThat(m.body()).contains("was hidden because: Personal remarks"));
    }

    @Test
    void aMemberWithTheModeratorDutyWorksTheQueueAndCanHideAllOfOnePersonsComments() {
        SignedInUser author = signedIn.as(fixtures.newMember("kingston", "Spam Sender", Role.PARENT_CARER));
        CommentDetails one = comments.post(fixtures.demoPlanTarget(), "Buy things");
        CommentDetails two = comments.post(fixtures.firstDemoAction(), "Buy more things");
        signedIn.as(fixtures.newMember("kingston", "Mod Erator", Role.PARENT_CARER, Role.MODERATOR));
        assertThat(moderation.hideAllBy(author.personId(), "Advertising")).isEqualTo(2);
        assertThat(moderation.hidden()).extracting(r -> r.comment().id()).contains(one.id(), two.id());
        moderation.restore(List.of(one.id()));
        assertThat(comments.comment(one.id()).orElseThrow().state()).isEqualTo(CommentState.VISIBLE);
    }
}

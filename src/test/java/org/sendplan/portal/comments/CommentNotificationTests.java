package org.sendplan.portal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.notifications.NotificationSummary;
import org.sendplan.portal.notifications.NotificationType;
import org.sendplan.portal.notifications.Notifications;
import org.sendplan.portal.tenancy.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Who comments tell: the author replied to, the people mentioned, and the author of a comment a moderator hid. */
@PortalTest
class CommentNotificationTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    CommentService comments;

    @Autowired
    ModerationService moderation;

    @Autowired
    Notifications notifications;

    @Autowired
    CommentFixtures fixtures;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void aReplyNotifiesTheParentCommentsAuthorAndNotTheReplier() {
        SignedInUser author = signedIn.as(fixtures.newMember("solihull", "Rita Replied-To", Role.PARENT_CARER));
        CommentDetails asked = comments.post(fixtures.demoPlanTarget(), "When will the matrix be reviewed?");
        SignedInUser replier = signedIn.as(fixtures.newMember("solihull", "Ray Replier", Role.LA_OFFICER));
        comments.reply(asked.id(), "In the spring term");

        signedIn.as(author.username());
        assertThat(mine(NotificationType.REPLY))
                .singleElement()
                .satisfies(n -> assertThat(n.summary())
                        .startsWith("Ray Replier replied to your comment on ")
                        .contains("In the spring term"));
        signedIn.as(replier.username());
        assertThat(mine(NotificationType.REPLY)).isEmpty();
    }

    @Test
    void replyingToYourOwnCommentNotifiesNobody() {
        SignedInUser author = signedIn.as(fixtures.newMember("solihull", "Sol Self-Reply", Role.PARENT_CARER));
        CommentDetails first = comments.post(fixtures.demoPlanTarget(), "One more thing");
        comments.reply(first.id(), "And another");
        signedIn.as(author.username());
        assertThat(mine(NotificationType.REPLY)).isEmpty();
    }

    @Test
    void aMentionNotifiesTheMentionedPerson() {
        SignedInUser mentioned = signedIn.as(fixtures.newMember("kingston", "Nia Noticed", Role.BOARD_MEMBER));
        signedIn.as("kingston.forumlead");
        comments.post(fixtures.demoPlanTarget(), "@Nia Noticed could the board look at this?");
        signedIn.as(mentioned.username());
        assertThat(mine(NotificationType.MENTION))
                .singleElement()
                .satisfies(n ->
                        assertThat(n.summary()).contains("mentioned you").contains("could the board look at this?"));
    }

    @Test
    void aModeratorHidingACommentTellsItsAuthorOfTheDecision() {
        SignedInUser author = signedIn.as(fixtures.newMember("warwickshire", "Hana Hidden-Too", Role.PARENT_CARER));
        CommentDetails posted = comments.post(fixtures.firstDemoAction(), "Something unkind again");
        signedIn.as("warwickshire.admin");
        moderation.hide(List.of(posted.id()), "Personal remarks");
        signedIn.as(author.username());
        assertThat(mine(NotificationType.DECISION_ON_WHAT_I_RAISED))
                .singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("/t/warwickshire/messages"));
    }

    private List<NotificationSummary> mine(NotificationType type) {
        return notifications.mine().stream().filter(n -> n.type() == type).toList();
    }
}

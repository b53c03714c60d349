package org.sendplan.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.comments.CommentDetails;
import org.sendplan.portal.comments.CommentFixtures;
import org.sendplan.portal.comments.CommentService;
import org.sendplan.portal.comments.CommentTarget;
import org.sendplan.portal.comments.ui.CommentThreadDriver;
import org.sendplan.portal.tenancy.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whoever may read a resource proposal may comment on it at the end of its page; parent carers and schools only once
 * it is published to them.
 */
class ResourceProposalCommentTests extends UiTest {

    @Autowired
    ResourceProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    CommentFixtures fixtures;

    @Test
    void aBoardMemberPostsACommentOnAResourceProposalAndSeesItInTheThreadOnItsPage() {
        String board = fixtures.newMember("solihull", "Bo Board", Role.BOARD_MEMBER);
        UUID proposal = solihullDemoProposal();
        signInAndOpen(board, "t/solihull/finance/proposals/" + proposal);
        assertThat(CommentThreadDriver.post("Is the DSG share affordable?")).contains("Is the DSG share affordable?");
    }

    @Test
    void aParentCarerMayNotCommentOnAnUnpublishedResourceProposalNorAnotherTenantsFinanceOfficer() {
        CommentTarget proposal = ResourceProposalCommentTargets.resourceProposal(solihullDemoProposal());
        for (String refused : new String[] {"solihull.parent", "kingston.finance"}) {
            signedIn.as(refused);
            assertThatThrownBy(() -> comments.post(proposal, "Hello"))
                    .as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aParentCarerListsOfficialResponsesWithoutThoseOnAnUnpublishedResourceProposal() {
        CommentTarget proposal = ResourceProposalCommentTargets.resourceProposal(solihullDemoProposal());
        signedIn.as(fixtures.newMember("solihull", "Oli Officer", Role.LA_OFFICER));
        CommentDetails reply =
                comments.reply(comments.post(proposal, "Question for the board").id(), "The LA's answer");
        comments.markOfficial(reply.id(), reply.version(), true);
        signedIn.as("solihull.parent");
        assertThat(comments.officialResponses())
                .noneSatisfy(r -> assertThat(r.response().target()).isEqualTo(proposal));
    }

    private UUID solihullDemoProposal() {
        signedIn.as("solihull.finance");
        UUID id = proposals.proposals().stream()
                .filter(p -> p.title().equals("SEND resource proposals 2021/22 to 2023/24"))
                .findFirst()
                .orElseThrow()
                .id();
        signedIn.out();
        return id;
    }
}

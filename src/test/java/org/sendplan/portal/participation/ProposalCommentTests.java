package org.sendplan.portal.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.comments.CommentFixtures;
import org.sendplan.portal.comments.CommentService;
import org.sendplan.portal.comments.ui.CommentThreadDriver;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.tenancy.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Whoever may read a proposal may comment on it at the end of its page; nobody else may. */
class ProposalCommentTests extends UiTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    CommentFixtures fixtures;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    PlanLifecycle lifecycle;

    @Test
    void aParentCarerPostsACommentOnAProposalAndSeesItInTheThreadOnItsPage() {
        String parent = fixtures.newMember("warwickshire", "Pat Parent", Role.PARENT_CARER);
        ProposalDetails proposal = raised("warwickshire");
        signInAndOpen(parent, "t/warwickshire/proposals/" + proposal.id());
        assertThat(CommentThreadDriver.post("We would use this every week")).contains("We would use this every week");
    }

    @Test
    void anotherTenantsParentCarerMayNotCommentOnAProposal() {
        ProposalDetails proposal = raised("warwickshire");
        signedIn.as("solihull.parent");
        assertThatThrownBy(() -> comments.post(ProposalCommentTargets.proposal(proposal.id()), "Hello"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ProposalDetails raised(String tenant) {
        PlanSummary plan = ParticipationFixtures.planInConsultation(signedIn, tenant, plans, actions, lifecycle);
        signedIn.as(tenant + ".parent");
        ProposalDetails raised = proposals.raise(
                ParticipationFixtures.proposal(plan, plans.themes(plan.id()).getFirst(), "Key workers"));
        signedIn.out();
        return raised;
    }
}

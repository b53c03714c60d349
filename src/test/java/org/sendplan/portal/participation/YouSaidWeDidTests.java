package org.sendplan.portal.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.comments.CommentDetails;
import org.sendplan.portal.comments.CommentFixtures;
import org.sendplan.portal.comments.CommentService;
import org.sendplan.portal.comments.ModerationService;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanCommentTargets;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.tenancy.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** "You said, we did": officers link what was said to the change it led to; everyone who reads the plan sees it. */
@PortalTest
class YouSaidWeDidTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    YouSaidWeDidService youSaidWeDid;

    @Autowired
    CommentService comments;

    @Autowired
    ModerationService moderation;

    @Autowired
    CommentFixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    PlanLifecycle lifecycle;

    private String parent;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void onlyOfficersAndTenantAdminsLinkWhatWasSaidToAChange() {
        PlanSummary plan =
                ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        ActionDetails action = firstAction(plan);
        CommentDetails comment = commentOn(action, "Please speed up the matrix review");
        for (String who : new String[] {
            "warwickshire.parent", "warwickshire.board", "warwickshire.forumlead", "warwickshire.school"
        }) {
            signedIn.as(who);
            assertThatThrownBy(() ->
                            youSaidWeDid.link(SaidKind.COMMENT, comment.id(), WeDid.action(action.id(), null), "Done"))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as("warwickshire.admin");
        assertThat(youSaidWeDid
                        .link(SaidKind.COMMENT, comment.id(), WeDid.action(action.id(), null), "Brought forward")
                        .statement())
                .isEqualTo("Brought forward");
    }

    @Test
    void aLinkedCommentShowsWhatHappenedToItToTheParentWhoWroteIt() {
        PlanSummary plan =
                ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        ActionDetails action = firstAction(plan);
        CommentDetails comment = commentOn(action, "Please speed up the matrix review");
        signedIn.as("warwickshire.officer");
        assertThat(youSaidWeDid.changesFor(SaidKind.COMMENT, comment.id()))
                .extracting(WeDid::title)
                .containsExactly("The action \"Review the provision matrix\"");
        youSaidWeDid.link(
                SaidKind.COMMENT,
                comment.id(),
                WeDid.action(action.id(), null),
                "  We moved the review to this term.  ");

        signedIn.as("warwickshire.parent");
        List<YouSaidWeDidEntry> outcomes =
                youSaidWeDid.outcomesOf(SaidKind.COMMENT, List.of(comment.id())).get(comment.id());
        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.statement()).isEqualTo("We moved the review to this term.");
            assertThat(outcome.weDid().title()).isEqualTo("The action \"Review the provision matrix\"");
            assertThat(outcome.weDidLink()).isEqualTo("/t/warwickshire/plans/" + plan.id() + "/actions/" + action.id());
            assertThat(outcome.linkedBy()).isNotBlank();
        });
        assertThat(youSaidWeDid.forPlan(plan.id()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.quote()).isEqualTo("Please speed up the matrix review"));
    }

    @Test
    void anotherTenantCannotSeeOrLinkTheLinks() {
        Linked linked = linkedComment("Please speed up the matrix review", "Brought forward");
        PlanSummary plan = linked.plan();
        ActionDetails action = linked.action();
        CommentDetails comment = linked.comment();

        signedIn.as("solihull.officer");
        assertThat(youSaidWeDid.forPlan(plan.id())).isEmpty();
        assertThat(youSaidWeDid.outcomesOf(SaidKind.COMMENT, List.of(comment.id())))
                .isEmpty();
        assertThatThrownBy(() ->
                        youSaidWeDid.link(SaidKind.COMMENT, comment.id(), WeDid.action(action.id(), null), "Mine now"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("That comment no longer exists");
    }

    @Test
    void aLinkNeedsAChangeOfTheSamePlanAndAStatementOfAtMost1000Characters() {
        PlanSummary plan =
                ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        ActionDetails action = firstAction(plan);
        CommentDetails comment = commentOn(action, "Please speed up the matrix review");
        PlanSummary other =
                ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        WeDid elsewhere = WeDid.action(firstAction(other).id(), null);
        signedIn.as("warwickshire.officer");
        WeDid done = WeDid.action(action.id(), null);
        assertField(
                () -> youSaidWeDid.link(SaidKind.COMMENT, comment.id(), done, "   "),
                "statement",
                "Enter a statement: what was done, in a few words");
        assertField(
                () -> youSaidWeDid.link(SaidKind.COMMENT, comment.id(), done, "x".repeat(1001)),
                "statement",
                "Keep the statement to 1,000 characters; it is 1001 now");
        assertField(
                () -> youSaidWeDid.link(SaidKind.COMMENT, comment.id(), null, "Done"),
                "weDid",
                "Choose the action or version it led to");
        assertField(
                () -> youSaidWeDid.link(SaidKind.COMMENT, comment.id(), elsewhere, "Done"),
                "weDid",
                "Choose one of this plan's actions");
        assertField(
                () -> youSaidWeDid.link(SaidKind.COMMENT, comment.id(), WeDid.version(7), "Done"),
                "weDid",
                "Choose one of this plan's approved versions");
        assertThat(youSaidWeDid.forPlan(plan.id())).isEmpty();
    }

    @Test
    void aWithdrawnCommentShowsAsWithdrawnOnThePlansPage() {
        Linked linked = linkedComment("Something I later regret", "Looked at it");
        PlanSummary plan = linked.plan();
        CommentDetails comment = linked.comment();
        signedIn.as(parent);
        comments.withdraw(comment.id(), comment.version());
        signedIn.as("warwickshire.board");
        assertThat(youSaidWeDid.forPlan(plan.id()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.quote()).isEqualTo("Comment withdrawn"));
    }

    @Test
    void aHiddenCommentShowsAsHiddenOnThePlansPageEvenToItsAuthor() {
        Linked linked = linkedComment("Something a moderator will hide", "Looked at it");
        PlanSummary plan = linked.plan();
        CommentDetails comment = linked.comment();
        signedIn.as("warwickshire.admin");
        moderation.hide(List.of(comment.id()), "Names a child");
        for (String who : new String[] {parent, "warwickshire.school"}) {
            signedIn.as(who);
            assertThat(youSaidWeDid.forPlan(plan.id()))
                    .as(who)
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.quote()).isEqualTo("This comment was hidden by a moderator."));
        }
    }

    @Test
    void aProposalLinkedToAnActionIsListedWithItsProposer() {
        PlanSummary plan =
                ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        ActionDetails action = firstAction(plan);
        signedIn.as("warwickshire.parent");
        ProposalDetails proposal = proposals.raise(
                ParticipationFixtures.proposal(plan, plans.themes(plan.id()).getFirst(), "Key workers"));
        signedIn.as("warwickshire.officer");
        youSaidWeDid.link(
                SaidKind.PROPOSAL, proposal.id(), WeDid.action(action.id(), null), "Key workers are in the action now");
        signedIn.as("warwickshire.school");
        assertThat(youSaidWeDid.forPlan(plan.id())).singleElement().satisfies(entry -> {
            assertThat(entry.saidKind()).isEqualTo(SaidKind.PROPOSAL);
            assertThat(entry.quote()).isEqualTo("Key workers");
            assertThat(entry.saidBy()).isEqualTo(proposal.proposerName());
        });
    }

    /** A plan in consultation whose action a new parent carer commented on, and the officer linked the comment to it. */
    private Linked linkedComment(String text, String statement) {
        PlanSummary plan =
                ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        ActionDetails action = firstAction(plan);
        CommentDetails comment = commentOn(action, text);
        signedIn.as("warwickshire.officer");
        youSaidWeDid.link(SaidKind.COMMENT, comment.id(), WeDid.action(action.id(), null), statement);
        return new Linked(plan, action, comment);
    }

    private record Linked(PlanSummary plan, ActionDetails action, CommentDetails comment) {}

    private CommentDetails commentOn(ActionDetails action, String text) {
        parent = fixtures.newMember("warwickshire", "Yusuf Parent", Role.PARENT_CARER);
        signedIn.as(parent);
        return comments.post(PlanCommentTargets.action(action.id()), text);
    }

    private ActionDetails firstAction(PlanSummary plan) {
        signedIn.as("warwickshire.officer");
        return actions.allActions(plan.id(), ActionFilter.NONE).getFirst();
    }

    private static void assertField(Runnable link, String field, String message) {
        assertThatThrownBy(link::run)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo(field);
    }
}

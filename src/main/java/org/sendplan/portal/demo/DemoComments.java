package org.sendplan.portal.demo;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sendplan.portal.administration.MemberDirectory;
import org.sendplan.portal.administration.MemberRow;
import org.sendplan.portal.comments.CommentDetails;
import org.sendplan.portal.comments.CommentService;
import org.sendplan.portal.comments.ModerationService;
import org.sendplan.portal.identity.SignInService;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanCommentTargets;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.tenancy.TenantSummary;
import org.springframework.stereotype.Component;

/**
 * A short conversation on the demo plan and its first action, each line posted as the demo person who says it:
 * a parent carer's question with the authority's official response, a mention and a link, and one reported comment.
 */
@Component
class DemoComments {

    private final CommentService comments;
    private final ModerationService moderation;
    private final ActionService actions;
    private final MemberDirectory members;
    private final SignInService signIn;

    DemoComments(
            CommentService comments,
            ModerationService moderation,
            ActionService actions,
            MemberDirectory members,
            SignInService signIn) {
        this.comments = comments;
        this.moderation = moderation;
        this.actions = actions;
        this.members = members;
        this.signIn = signIn;
    }

    /** Runs in the tenant's scope as the demo runner, who may list members. */
    void seed(TenantSummary tenant, PlanSummary plan) {
        Map<String, MemberRow> people = members.members().stream()
                .collect(Collectors.toMap(
                        m -> m.username().substring(m.username().indexOf('.') + 1), m -> m, (a, b) -> a));
        String officerName = people.get("officer").displayName();
        CommentDetails question = as(
                tenant,
                people.get("parent"),
                () -> comments.post(
                        PlanCommentTargets.plan(plan.id()),
                        "Will the new resourced provision places be open to children in Year 6 moving up in September?\n"
                                + "Several families in our forum are waiting to hear."));
        CommentDetails answer = as(
                tenant,
                people.get("officer"),
                () -> comments.reply(
                        question.id(),
                        "Yes. The first places open in September and Year 6 children with an EHC plan naming the provision will be "
                                + "offered them first. We will write to families by the end of term."));
        as(tenant, people.get("officer"), () -> comments.markOfficial(answer.id(), answer.version(), true));
        UUID firstAction =
                actions.actions(plan.id(), ActionFilter.NONE, 0, 1).getFirst().id();
        as(
                tenant,
                people.get("forumlead"),
                () -> comments.post(
                        PlanCommentTargets.action(firstAction),
                        "@" + officerName
                                + " could this action link to the Local Offer page? See https://www.gov.uk/children-with-special-educational-needs"));
        as(
                tenant,
                people.get("board"),
                () -> comments.post(
                        PlanCommentTargets.action(firstAction),
                        "The board would like a RAG update on this before the next meeting."));
        CommentDetails reported = as(
                tenant,
                people.get("parent"),
                () -> comments.post(
                        PlanCommentTargets.action(firstAction),
                        "The SENCO at our school told me this will never happen, and named the child next to mine as the reason."));
        as(tenant, people.get("forumlead"), () -> {
            moderation.report(reported.id(), "It talks about another child, who could be identified.");
            return null;
        });
    }

    private <T> T as(TenantSummary tenant, MemberRow person, Supplier<T> work) {
        return SignedInAs.call(
                signIn.authenticationInTenant(person.personId(), tenant.id(), null)
                        .orElseThrow(),
                work);
    }
}

package org.sendplan.portal.participation;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.comments.CommentTarget;
import org.sendplan.portal.comments.CommentTargets;
import org.sendplan.portal.comments.TargetDescription;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Proposals as things to comment on: whoever may read one may comment on it, until its plan is closed. */
@Component
public class ProposalCommentTargets implements CommentTargets {

    static final String PROPOSAL = "proposal";

    private final ProposalService proposals;
    private final PlanService plans;
    private final CurrentUser currentUser;

    ProposalCommentTargets(ProposalService proposals, PlanService plans, CurrentUser currentUser) {
        this.proposals = proposals;
        this.plans = plans;
        this.currentUser = currentUser;
    }

    public static CommentTarget proposal(UUID proposalId) {
        return new CommentTarget(PROPOSAL, proposalId);
    }

    @Override
    public Set<String> kinds() {
        return Set.of(PROPOSAL);
    }

    @Override
    public Optional<TargetDescription> describe(CommentTarget target) {
        try {
            return proposals.proposal(target.id()).map(this::described);
        } catch (AccessDeniedException cannotRead) {
            return Optional.empty();
        }
    }

    private TargetDescription described(ProposalDetails proposal) {
        String title = "the proposal \"" + proposal.title() + "\"";
        String link = TenantAddress.of(currentUser.tenantSlug(), "proposals", proposal.id());
        // Same rule as comments on the plan itself: a closed plan's discussion is over.
        boolean closed = plans.plan(proposal.planId())
                .map(p -> p.status() == PlanStatus.CLOSED)
                .orElse(true);
        return closed
                ? new TargetDescription(title, link, "This proposal's plan is closed, so it takes no new comments")
                : TargetDescription.open(title, link);
    }
}

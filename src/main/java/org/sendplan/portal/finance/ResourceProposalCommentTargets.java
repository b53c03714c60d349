package org.sendplan.portal.finance;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.comments.CommentTarget;
import org.sendplan.portal.comments.CommentTargets;
import org.sendplan.portal.comments.TargetDescription;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Resource proposals as things to comment on. Readers are decided by {@link ResourceProposalService#find}, so a parent
 * carer or school editor may comment only once the proposal is published to them.
 */
@Component
public class ResourceProposalCommentTargets implements CommentTargets {

    static final String RESOURCE_PROPOSAL = "resource-proposal";

    private final ResourceProposalService proposals;
    private final FinancePublishing publishing;
    private final CurrentUser currentUser;

    ResourceProposalCommentTargets(
            ResourceProposalService proposals, FinancePublishing publishing, CurrentUser currentUser) {
        this.proposals = proposals;
        this.publishing = publishing;
        this.currentUser = currentUser;
    }

    public static CommentTarget resourceProposal(UUID proposalId) {
        return new CommentTarget(RESOURCE_PROPOSAL, proposalId);
    }

    @Override
    public Set<String> kinds() {
        return Set.of(RESOURCE_PROPOSAL);
    }

    @Override
    public Optional<TargetDescription> describe(CommentTarget target) {
        // Asked first because find's refusal, thrown inside the caller's transaction, would mark it for rollback:
        // listing official responses would then fail instead of leaving this proposal out.
        if (!publishing.mayRead(target.id())) {
            return Optional.empty();
        }
        try {
            return proposals
                    .find(target.id())
                    .map(p -> TargetDescription.open(
                            "version " + p.versionNumber() + " of the resource proposal \"" + p.title() + "\"",
                            TenantAddress.of(currentUser.tenantSlug(), "finance/proposals", p.id())));
        } catch (AccessDeniedException cannotRead) {
            return Optional.empty();
        }
    }
}

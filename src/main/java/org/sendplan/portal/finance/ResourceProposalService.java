package org.sendplan.portal.finance;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.finance.internal.ResourceProposal;
import org.sendplan.portal.finance.internal.ResourceProposals;
import org.sendplan.portal.identity.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Resource proposals of the current tenant. Finance officers draft and submit them; board members
 * record the board's decision; LA officers and board members read them.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ResourceProposalService {

    static final String READERS = "hasAnyRole('FINANCE_OFFICER', 'LA_OFFICER', 'BOARD_MEMBER')";
    /** Readers, and parent carers and school editors for the tables {@link FinancePublishing} lets them read. */
    static final String READERS_AND_PARTNERS =
            "hasAnyRole('FINANCE_OFFICER', 'LA_OFFICER', 'BOARD_MEMBER', 'PARENT_CARER', 'SCHOOL_EDITOR')";

    private static final String SUBJECT = "ResourceProposal";

    private final ResourceProposals proposals;
    private final ChangeRecorder history;
    private final FinancePublishing publishing;
    private final CurrentUser currentUser;

    ResourceProposalService(
            ResourceProposals proposals,
            ChangeRecorder history,
            FinancePublishing publishing,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.publishing = publishing;
        this.proposals = proposals;
        this.history = history;
    }

    @PreAuthorize(READERS)
    public List<ResourceProposalDetails> proposals() {
        return proposals.findAllByOrderByTitleAscVersionNumberDesc().stream()
                .map(ResourceProposal::toDetails)
                .toList();
    }

    @PreAuthorize(READERS_AND_PARTNERS)
    public Optional<ResourceProposalDetails> find(UUID id) {
        return proposals.findById(id).map(found -> {
            publishing.checkMayRead(id);
            return found.toDetails();
        });
    }

    @PreAuthorize(READERS_AND_PARTNERS)
    public List<FinanceChangeRecord> history(UUID id) {
        publishing.checkMayRead(id);
        return history.historyOf(id);
    }

    @PreAuthorize("hasRole('FINANCE_OFFICER')")
    @Transactional
    public ResourceProposalDetails create(@Valid ProposalDraft draft) {
        ResourceProposal proposal = proposals.saveAndFlush(new ResourceProposal(draft, currentUser.displayName()));
        history.record(SUBJECT, proposal.id(), "Drafted '" + draft.title().trim() + "'");
        return proposal.toDetails();
    }

    @PreAuthorize("hasRole('FINANCE_OFFICER')")
    @Transactional
    public ResourceProposalDetails update(UUID id, long expectedVersion, @Valid ProposalDraft draft) {
        ResourceProposal proposal = editable(id, expectedVersion);
        proposal.toDetails().items().forEach(item -> AmountRules.checkYears(item.name(), item.costs(), draft.years()));
        proposal.apply(draft, currentUser.displayName());
        history.record(SUBJECT, id, "Changed the title, purpose, unit or years");
        return proposals.saveAndFlush(proposal).toDetails();
    }

    /** Replaces the items in one go: all of them are checked first, so a bad line saves nothing. */
    @PreAuthorize("hasRole('FINANCE_OFFICER')")
    @Transactional
    public ResourceProposalDetails saveItems(UUID id, long expectedVersion, List<ProposalItemDraft> items) {
        ResourceProposal proposal = editable(id, expectedVersion);
        ResourceProposalDetails before = proposal.toDetails();
        items.forEach(item -> ProposalItemRules.check(item, before.years()));
        proposal.replaceItems(items, currentUser.displayName());
        history.record(
                SUBJECT,
                id,
                ItemChanges.describe(
                        before.items().stream().map(ProposalItem::details).toList(), items));
        return proposals.saveAndFlush(proposal).toDetails();
    }

    @PreAuthorize("hasRole('FINANCE_OFFICER')")
    @Transactional
    public ResourceProposalDetails submit(UUID id, long expectedVersion) {
        ResourceProposal proposal = editable(id, expectedVersion);
        if (proposal.toDetails().items().isEmpty()) {
            throw new InvalidInputException("Add at least one item before submitting the proposal to the board");
        }
        proposal.submit(currentUser.displayName());
        history.record(SUBJECT, id, "Submitted to the board");
        return proposals.saveAndFlush(proposal).toDetails();
    }

    @PreAuthorize("hasRole('BOARD_MEMBER')")
    @Transactional
    public ResourceProposalDetails decide(UUID id, long expectedVersion, @Valid BoardDecision decision) {
        ResourceProposal proposal = current(id, expectedVersion);
        if (proposal.status() != ProposalStatus.SUBMITTED) {
            throw new InvalidInputException(
                    "The board can decide only a proposal that has been submitted to it; this one is "
                            + proposal.status().label().toLowerCase());
        }
        if (!decision.outcome().decided()) {
            throw new InvalidInputException("outcome", "Choose approved, approved with changes, rejected or deferred");
        }
        proposal.decide(decision, currentUser.displayName());
        history.record(
                SUBJECT, id, "Board decision recorded: " + decision.outcome().label() + " on " + decision.date());
        return proposals.saveAndFlush(proposal).toDetails();
    }

    /** A decided proposal stays as the board left it; changing it starts a new draft version. */
    @PreAuthorize("hasRole('FINANCE_OFFICER')")
    @Transactional
    public ResourceProposalDetails startNewVersion(UUID id) {
        ResourceProposal decided =
                proposals.findById(id).orElseThrow(() -> new InvalidInputException("That proposal no longer exists"));
        if (!decided.status().decided()) {
            throw new InvalidInputException(
                    "Only a decided proposal needs a new version; this one can still be changed");
        }
        if (proposals.existsBySupersedes(id)) {
            throw new InvalidInputException("A newer version of this proposal already exists; change that one");
        }
        ResourceProposal next = proposals.saveAndFlush(decided.nextVersion(currentUser.displayName()));
        history.record(
                SUBJECT,
                next.id(),
                "Started version " + next.toDetails().versionNumber() + " from the decided version");
        return next.toDetails();
    }

    private ResourceProposal editable(UUID id, long expectedVersion) {
        ResourceProposal proposal = current(id, expectedVersion);
        if (proposal.status() != ProposalStatus.DRAFT) {
            throw new InvalidInputException(
                    proposal.status().decided()
                            ? "This proposal has been decided and is frozen; start a new version to change it"
                            : "This proposal has been submitted to the board and can no longer be changed");
        }
        return proposal;
    }

    private ResourceProposal current(UUID id, long expectedVersion) {
        ResourceProposal proposal =
                proposals.findById(id).orElseThrow(() -> new InvalidInputException("That proposal no longer exists"));
        if (proposal.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ResourceProposal.class, id);
        }
        return proposal;
    }
}

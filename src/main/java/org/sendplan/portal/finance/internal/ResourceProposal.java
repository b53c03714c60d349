package org.sendplan.portal.finance.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.finance.BoardDecision;
import org.sendplan.portal.finance.ProposalDraft;
import org.sendplan.portal.finance.ProposalItemDraft;
import org.sendplan.portal.finance.ProposalStatus;
import org.sendplan.portal.finance.ResourceProposalDetails;

/**
 * A request for resources put to the board. Its state changes only through these methods, which the
 * service calls after checking who may make them; a decided proposal refuses every change.
 */
@Entity
@Table(name = "resource_proposal")
public class ResourceProposal {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "version_number")
    private int versionNumber;

    private UUID supersedes;
    private String title;
    private String purpose;

    @Enumerated(EnumType.STRING)
    private MoneyUnit unit;

    @Column(name = "first_year")
    private int firstYear;

    @Column(name = "number_of_years")
    private int numberOfYears;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    @Column(name = "decision_text")
    private String decisionText;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "decision_recorded_by")
    private String decisionRecordedBy;

    @Column(name = "last_changed_by")
    private String lastChangedBy;

    @Column(name = "last_changed_at")
    private Instant lastChangedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<ResourceProposalItem> items = new ArrayList<>();

    @Version
    private long version;

    protected ResourceProposal() {}

    public ResourceProposal(ProposalDraft draft, String by) {
        this.id = UUID.randomUUID();
        this.versionNumber = 1;
        this.status = ProposalStatus.DRAFT;
        apply(draft, by);
    }

    /** The next version of a decided proposal: a fresh draft with the same details and items. */
    public ResourceProposal nextVersion(String by) {
        ResourceProposal next = new ResourceProposal(toDetails().draft(), by);
        next.versionNumber = versionNumber + 1;
        next.supersedes = id;
        next.replaceItems(
                toDetails().items().stream().map(item -> item.details()).toList(), by);
        return next;
    }

    public void apply(ProposalDraft draft, String by) {
        this.title = draft.title().trim();
        this.purpose = draft.purpose() == null || draft.purpose().isBlank()
                ? null
                : draft.purpose().trim();
        this.unit = draft.unit();
        this.firstYear = draft.firstYear().startYear();
        this.numberOfYears = draft.numberOfYears();
        touched(by);
    }

    public void replaceItems(List<ProposalItemDraft> drafts, String by) {
        items.clear();
        for (int i = 0; i < drafts.size(); i++) {
            items.add(new ResourceProposalItem(i, drafts.get(i)));
        }
        touched(by);
    }

    public void submit(String by) {
        this.status = ProposalStatus.SUBMITTED;
        touched(by);
    }

    public void decide(BoardDecision decision, String by) {
        this.status = decision.outcome();
        this.decisionText = decision.text().trim();
        this.decisionDate = decision.date();
        this.decisionRecordedBy = by;
        touched(by);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ProposalStatus status() {
        return status;
    }

    public ResourceProposalDetails toDetails() {
        ProposalDraft draft = new ProposalDraft(title, purpose, unit, new FinancialYear(firstYear), numberOfYears);
        ResourceProposalDetails.Decision decision = status.decided()
                ? new ResourceProposalDetails.Decision(status, decisionText, decisionDate, decisionRecordedBy)
                : null;
        return new ResourceProposalDetails(
                id,
                versionNumber,
                supersedes,
                draft,
                status,
                items.stream().map(ResourceProposalItem::toItem).toList(),
                decision,
                lastChangedBy,
                lastChangedAt,
                version);
    }

    // Changing only the items does not dirty this row; stamping it makes @Version guard item edits too.
    private void touched(String by) {
        this.lastChangedBy = by;
        this.lastChangedAt = Instant.now();
    }
}

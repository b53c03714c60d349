package org.sendplan.portal.finance;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.MoneyUnit;

/** A resource proposal as people read it: its details, items, status and the board's decision. */
public record ResourceProposalDetails(
        UUID id,
        int versionNumber,
        UUID supersedes,
        ProposalDraft draft,
        ProposalStatus status,
        List<ProposalItem> items,
        Decision decision,
        String lastChangedBy,
        Instant lastChangedAt,
        long version)
        implements Serializable {

    /** The board's decision and who recorded it; null until decided. */
    public record Decision(ProposalStatus outcome, String text, LocalDate date, String recordedBy)
            implements Serializable {}

    public String title() {
        return draft.title();
    }

    public MoneyUnit unit() {
        return draft.unit();
    }

    public List<FinancialYear> years() {
        return draft.years();
    }

    public ResourceProposalTotals totals() {
        return new ResourceProposalTotals(items);
    }

    public boolean editable() {
        return status == ProposalStatus.DRAFT;
    }
}

package org.sendplan.portal.finance;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a resource proposal, usually a post, with its cost per financial year. An invest-to-save
 * item may carry the saving it is expected to bring each year once working.
 */
public record ProposalItemDraft(
        String name,
        ProposalCategory category,
        FundingSource source,
        ItemDuration duration,
        YearlyAmounts costs,
        String note,
        BigDecimal expectedAnnualSaving)
        implements Serializable {}

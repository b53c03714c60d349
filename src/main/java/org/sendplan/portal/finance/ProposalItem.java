package org.sendplan.portal.finance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.common.FinancialYear;

/** An item as saved, with its own sums. */
public record ProposalItem(UUID id, ProposalItemDraft details) implements Serializable {

    public String name() {
        return details.name();
    }

    public FundingSource source() {
        return details.source();
    }

    public YearlyAmounts costs() {
        return details.costs();
    }

    /**
     * For invest-to-save items: how many years of the expected saving repay the item's cost over the
     * proposal's years, to one decimal place, rounded up so payback is never promised early.
     */
    public Optional<BigDecimal> paybackYears(List<FinancialYear> years) {
        BigDecimal saving = details.expectedAnnualSaving();
        if (saving == null || saving.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal cost = costs().totalOver(years.getFirst(), years.getLast());
        return Optional.of(cost.divide(saving, 1, RoundingMode.CEILING));
    }
}

package org.sendplan.portal.finance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.sendplan.portal.common.FinancialYear;

/** Every total of a proposal, computed from its items; nobody types a total. */
public record ResourceProposalTotals(List<ProposalItem> items) implements Serializable {

    /** The sum of one funding source's items, year by year. */
    public YearlyAmounts bySource(FundingSource source) {
        return items.stream()
                .filter(item -> item.source() == source)
                .map(ProposalItem::costs)
                .reduce(YearlyAmounts.NONE, YearlyAmounts::plus);
    }

    public YearlyAmounts all() {
        return items.stream().map(ProposalItem::costs).reduce(YearlyAmounts.NONE, YearlyAmounts::plus);
    }

    /** What is asked of a reserve over a period: e.g. the council-funded sum from 2021/22 to 2023/24. */
    public BigDecimal askedOver(FundingSource source, FinancialYear from, FinancialYear to) {
        return bySource(source).totalOver(from, to);
    }

    /** The recurring cost from a year on: what ongoing items of one source cost in that year. */
    public BigDecimal ongoingFrom(FundingSource source, FinancialYear year) {
        return items.stream()
                .filter(item ->
                        item.source() == source && item.details().duration().ongoing())
                .map(item -> item.costs().in(year))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The yearly saving invest-to-save items are expected to bring once working. */
    public BigDecimal expectedAnnualSavings() {
        return items.stream()
                .map(item -> item.details().expectedAnnualSaving())
                .filter(saving -> saving != null)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}

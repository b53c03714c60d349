package org.sendplan.portal.finance;

import java.util.List;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;

/** What makes a proposal item complete; checked for every item before any is saved. */
final class ProposalItemRules {

    private ProposalItemRules() {}

    static void check(ProposalItemDraft item, List<FinancialYear> years) {
        String name = AmountRules.required(item.name(), "a name, such as the post");
        if (name.length() > 300) {
            throw new InvalidInputException("'" + name.substring(0, 40) + "…' is longer than 300 characters");
        }
        if (item.category() == null) {
            throw new InvalidInputException("'" + name + "' needs a category");
        }
        if (item.source() == null) {
            throw new InvalidInputException("'" + name + "' needs a funding source: DSG or council");
        }
        if (item.duration() == null
                || (!item.duration().ongoing() && item.duration().oneOffYears() < 1)) {
            throw new InvalidInputException(
                    "'" + name + "' needs a duration: ongoing, or one-off for one year or more");
        }
        AmountRules.checkYears(name, item.costs(), years);
        if (item.costs().byYear().values().stream().anyMatch(cost -> cost.signum() < 0)) {
            throw new InvalidInputException("'" + name
                    + "' has a negative cost; a proposal asks for money, so enter costs as positive amounts");
        }
        AmountRules.checkSize(name, item.expectedAnnualSaving());
    }
}

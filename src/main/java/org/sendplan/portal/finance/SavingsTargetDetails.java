package org.sendplan.portal.finance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A savings table as saved, with its computed totals. */
public record SavingsTargetDetails(
        UUID id,
        SavingsTargetDraft draft,
        List<ServiceBudgetLineDraft> lines,
        String lastChangedBy,
        Instant lastChangedAt,
        long version)
        implements Serializable {

    public BigDecimal lastYearTotal() {
        return lines.stream()
                .map(ServiceBudgetLineDraft::lastYearBudget)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal thisYearTotal() {
        return lines.stream()
                .map(ServiceBudgetLineDraft::thisYearBudget)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal totalSavings() {
        return lines.stream().map(ServiceBudgetLineDraft::saving).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** What is left of the target to find next year; negative when the savings beat the target. */
    public BigDecimal remainingTarget() {
        return draft.target().subtract(totalSavings());
    }
}

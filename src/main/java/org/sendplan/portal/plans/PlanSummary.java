package org.sendplan.portal.plans;

import java.time.Instant;
import java.util.UUID;
import org.sendplan.portal.common.FinancialYear;

public record PlanSummary(
        UUID id,
        String title,
        FinancialYear firstYear,
        FinancialYear lastYear,
        String description,
        PlanStatus status,
        int approvedVersions,
        Instant updatedAt,
        String updatedBy,
        long version) {

    public String period() {
        return firstYear.equals(lastYear) ? firstYear.toString() : firstYear + " to " + lastYear;
    }

    /** The number the version now being worked on will have once the board approves it. */
    public int nextVersionNumber() {
        return approvedVersions + 1;
    }
}

package org.sendplan.portal.fundingstatements;

import java.time.Instant;
import java.util.UUID;
import org.sendplan.portal.common.FinancialYear;

/** One school's statement for one financial year, as saved. */
public record StatementDetails(
        UUID id,
        UUID schoolId,
        FinancialYear year,
        SenFundingDraft figures,
        StatementStatus status,
        boolean published,
        Instant submittedAt,
        Instant publishedAt,
        String lastChangedBy,
        Instant lastChangedAt,
        long version) {}

package org.sendplan.portal.returns;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** One school's return as lists show it. */
public record ReturnSummary(UUID id, UUID collectionId, String collectionTitle, String period, UUID schoolId, String schoolName,
        String urn, String planningArea, ReturnStatus status, LocalDate opensOn, LocalDate deadline, LocalDate today, Instant lastChangedAt)
        implements Serializable {

    /** Past its deadline and not with the LA. */
    public boolean overdue() {
        return today.isAfter(deadline) && !status.handedIn();
    }

    /** With the school, and the deadline is a week away or less (or has passed). */
    public boolean dueSoon() {
        return status.editable() && !today.isBefore(opensOn) && ChronoUnit.DAYS.between(today, deadline) <= 7;
    }

    public long daysLeft() {
        return ChronoUnit.DAYS.between(today, deadline);
    }
}

package org.sendplan.portal.returns;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.sendplan.portal.common.DisplayFormats;

/** One school's return as lists show it. */
public record ReturnSummary(
        UUID id,
        UUID collectionId,
        String collectionTitle,
        String period,
        UUID schoolId,
        String schoolName,
        String urn,
        String planningArea,
        ReturnStatus status,
        LocalDate opensOn,
        LocalDate deadline,
        LocalDate today,
        Instant lastChangedAt,
        long version)
        implements Serializable {

    /** Past its deadline and not with the LA. */
    public boolean overdue() {
        return today.isAfter(deadline) && !status.handedIn();
    }

    /** With the school, and the deadline is a week away or less (or has passed). */
    public boolean dueSoon() {
        return status.editable() && !today.isBefore(opensOn) && ChronoUnit.DAYS.between(today, deadline) <= 7;
    }

    /** What the school needs to hear about it, in the words the dashboard and the returns list both use; empty when nothing is due. */
    public String reminder() {
        String date = DisplayFormats.LONG_DAY.format(deadline);
        if (status == ReturnStatus.QUERIED) {
            return "Queried by the LA: check their questions and resubmit"
                    + (overdue() ? " (the deadline was " + date + ")" : " by " + date);
        }
        if (overdue()) {
            return "Overdue: the deadline was " + date;
        }
        if (!dueSoon()) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        return days == 0
                ? "Due today"
                : days == 1 ? "Due tomorrow (" + date + ")" : "Due in " + days + " days (" + date + ")";
    }
}

package org.sendplan.portal.participation;

import java.time.Instant;
import java.util.UUID;

/** An answer to a question: a person's own, or a table's notes entered by a facilitator for the named group. */
public record ConsultationAnswer(
        UUID id,
        UUID questionId,
        UUID personId,
        String text,
        String answeredBy,
        String groupName,
        Instant answeredAt,
        long version) {

    public boolean forGroup() {
        return groupName != null;
    }

    /** "Lee Forum-Lead for Table 3" for a table's notes; the person's name otherwise. */
    public String by() {
        return forGroup() ? answeredBy + " for " + groupName : answeredBy;
    }
}

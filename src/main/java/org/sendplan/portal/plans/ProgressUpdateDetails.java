package org.sendplan.portal.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.sendplan.portal.common.Rag;

public record ProgressUpdateDetails(
        UUID id,
        LocalDate date,
        String narrative,
        Rag rag,
        Rag previousRag,
        String reason,
        UUID evidenceId,
        String evidenceName,
        String postedBy,
        Instant postedAt) {

    public boolean ragChanged() {
        return rag != previousRag;
    }
}

package org.sendplan.portal.returns;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

public record DataCollectionDetails(
        UUID id, DataCollectionDraft draft, CollectionStatus status, String createdBy, long version)
        implements Serializable {

    public String title() {
        return draft.title();
    }

    public LocalDate deadline() {
        return draft.deadline();
    }
}

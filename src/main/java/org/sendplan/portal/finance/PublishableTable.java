package org.sendplan.portal.finance;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A finance table and whether it is published to parent carers and schools, by whom and when (null when not). */
public record PublishableTable(FinanceTableKind kind, UUID id, String title, String publishedBy, Instant publishedAt)
        implements Serializable {

    public boolean published() {
        return publishedAt != null;
    }
}

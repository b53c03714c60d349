package org.sendplan.portal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A token as its owner sees it in the list: never its secret, which is not kept. */
public record AccessTokenSummary(
        UUID id,
        String name,
        Instant createdAt,
        LocalDate expiresOn,
        Instant lastUsedAt,
        Instant revokedAt,
        long version) {

    public enum Status {
        ACTIVE("Active"),
        EXPIRED("Expired"),
        REVOKED("Revoked");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A token works up to and including its expiry date. */
    public Status statusOn(LocalDate today) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return today.isAfter(expiresOn) ? Status.EXPIRED : Status.ACTIVE;
    }
}

package org.sendplan.portal.api.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.api.AccessTokenSummary;

/** A personal access token: who it acts for, until when, and the hash of its secret. */
@Entity
@Table(name = "personal_access_token")
public class PersonalAccessToken {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "lookup_key", nullable = false, updatable = false)
    private String lookupKey;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    private byte[] secretHash;

    private String name;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected PersonalAccessToken() {}

    public PersonalAccessToken(UUID personId, TokenSecrets.Issued issued, String name, LocalDate expiresOn) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.lookupKey = issued.lookupKey();
        this.secretHash = issued.hash();
        this.name = name;
        this.expiresOn = expiresOn;
        this.createdAt = Instant.now();
    }

    public UUID personId() {
        return personId;
    }

    public long version() {
        return version;
    }

    public void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    public AccessTokenSummary toSummary() {
        return new AccessTokenSummary(id, name, createdAt, expiresOn, lastUsedAt, revokedAt, version);
    }
}

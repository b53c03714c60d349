package org.sendplan.portal.api.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PersonalAccessTokens extends JpaRepository<PersonalAccessToken, UUID> {

    List<PersonalAccessToken> findByPersonIdOrderByCreatedAtDesc(UUID personId);

    /** Lets this transaction read the one row with the key (row-level security, ADR 0008). */
    @Query(value = "select set_config('app.token_lookup', :lookupKey, true)", nativeQuery = true)
    String allowLookup(String lookupKey);

    /** Native, because Hibernate's tenant filter would hide a row whose tenant is not yet known. */
    @Query(
            value = "select id, tenant_id as tenantId, person_id as personId, secret_hash as secretHash,"
                    + " expires_on as expiresOn, revoked_at as revokedAt"
                    + " from personal_access_token where lookup_key = :lookupKey",
            nativeQuery = true)
    Optional<Presented> findByLookupKey(String lookupKey);

    // A bulk update leaves the version alone, so using a token never clashes with revoking it.
    @Modifying
    @Query("update PersonalAccessToken t set t.lastUsedAt = :at where t.id = :id")
    void markUsed(UUID id, Instant at);

    /** The columns needed to check a presented token. */
    interface Presented {
        UUID getId();

        UUID getTenantId();

        UUID getPersonId();

        byte[] getSecretHash();

        LocalDate getExpiresOn();

        Instant getRevokedAt();
    }
}

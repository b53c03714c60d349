package org.sendplan.portal.identity.internal.keycloak;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Links a Keycloak account (issuer and subject of its tokens) to the portal person it signs in as. */
@Entity
@Table(name = "external_identity")
class ExternalIdentity {

    @Id
    private UUID id;

    private String issuer;

    private String subject;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "linked_at")
    private Instant linkedAt;

    protected ExternalIdentity() {}

    ExternalIdentity(String issuer, String subject, UUID personId) {
        this.id = UUID.randomUUID();
        this.issuer = issuer;
        this.subject = subject;
        this.personId = personId;
        this.linkedAt = Instant.now();
    }

    UUID personId() {
        return personId;
    }
}

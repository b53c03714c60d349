package org.sendplan.portal.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.sendplan.portal.identity.SecurityEventKind;
import org.sendplan.portal.identity.SecurityEventRecord;

/**
 * One line of the sign-in log. Not a {@code @TenantId} entity because platform-level events have no
 * tenant; row-level security still keeps each tenant's lines to itself.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private SecurityEventKind kind;

    private String username;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "source_address")
    private String sourceAddress;

    private String detail;

    protected SecurityEvent() {}

    public SecurityEvent(
            UUID tenantId,
            SecurityEventKind kind,
            String username,
            UUID personId,
            String sourceAddress,
            String detail) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.occurredAt = Instant.now();
        this.kind = kind;
        this.username = truncate(username, 120);
        this.personId = personId;
        this.sourceAddress = truncate(sourceAddress, 64);
        this.detail = truncate(detail, 500);
    }

    public SecurityEventRecord toRecord() {
        return new SecurityEventRecord(occurredAt, kind, username, sourceAddress, detail);
    }

    /** Usernames and details come from outside; the log keeps a bounded, clearly marked prefix. */
    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}

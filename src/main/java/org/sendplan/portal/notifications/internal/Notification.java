package org.sendplan.portal.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.notifications.NotificationSummary;
import org.sendplan.portal.notifications.NotificationType;

/** One thing told to one person; read or not, and whether it went or waits to go by e-mail. */
@Entity
@Table(name = "notification")
public class Notification {

    public enum EmailStatus {
        PENDING,
        SENT,
        NOT_SENT
    }

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private UUID recipientId;

    @Enumerated(EnumType.STRING)
    private NotificationType type;

    private String summary;

    private String link;

    @Column(name = "subject_key")
    private String subjectKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_status")
    private EmailStatus emailStatus;

    protected Notification() {}

    public Notification(
            UUID recipientId,
            NotificationType type,
            String summary,
            String link,
            String subjectKey,
            Instant createdAt,
            EmailStatus emailStatus) {
        this.id = UUID.randomUUID();
        this.recipientId = recipientId;
        this.type = type;
        this.summary = summary;
        this.link = link;
        this.subjectKey = subjectKey;
        this.createdAt = createdAt;
        this.emailStatus = emailStatus;
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public NotificationType type() {
        return type;
    }

    public String summary() {
        return summary;
    }

    public String link() {
        return link;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public NotificationSummary toSummary() {
        return new NotificationSummary(id, type, summary, link, createdAt, readAt != null);
    }
}

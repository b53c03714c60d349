package org.sendplan.portal.comments.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.comments.Message;

@Entity
@Immutable
@Table(name = "person_message")
public class PersonMessage {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "sent_at")
    private Instant sentAt;

    private String subject;

    private String body;

    private String link;

    protected PersonMessage() {}

    public PersonMessage(UUID personId, Instant sentAt, String subject, String body, String link) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.sentAt = sentAt;
        this.subject = subject;
        this.body = body;
        this.link = link;
    }

    public Message toMessage() {
        return new Message(sentAt, subject, body, link);
    }
}

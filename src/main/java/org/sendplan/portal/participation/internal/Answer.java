package org.sendplan.portal.participation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.participation.ConsultationAnswer;

/** A person's answer to a question, or a facilitator's notes for a table, recorded with the group's name. */
@Entity
@Table(name = "consultation_answer")
public class Answer {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "question_id", updatable = false)
    private UUID questionId;

    @Column(name = "person_id", updatable = false)
    private UUID personId;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "group_name", updatable = false)
    private String groupName;

    private String text;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected Answer() {}

    public Answer(UUID questionId, UUID personId, String answeredBy, String groupName, String text, Instant at) {
        this.id = UUID.randomUUID();
        this.questionId = questionId;
        this.personId = personId;
        this.groupName = groupName;
        change(text, answeredBy, at);
    }

    public void change(String text, String by, Instant at) {
        this.text = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public UUID questionId() {
        return questionId;
    }

    public UUID personId() {
        return personId;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public long version() {
        return version;
    }

    public ConsultationAnswer toAnswer() {
        return new ConsultationAnswer(id, questionId, personId, text, answeredBy, groupName, answeredAt, version);
    }
}

package org.sendplan.portal.participation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.participation.ConsultationQuestion;

/** A discussion question of a consultation, in the order it was asked. */
@Entity
@Table(name = "consultation_question")
public class Question {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "consultation_id", updatable = false)
    private UUID consultationId;

    private int position;

    private String text;

    protected Question() {}

    public Question(UUID consultationId, int position, String text) {
        this.id = UUID.randomUUID();
        this.consultationId = consultationId;
        this.position = position;
        this.text = text;
    }

    public UUID consultationId() {
        return consultationId;
    }

    public ConsultationQuestion toQuestion() {
        return new ConsultationQuestion(id, position, text);
    }
}

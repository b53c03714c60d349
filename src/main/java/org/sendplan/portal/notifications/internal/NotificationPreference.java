package org.sendplan.portal.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.notifications.Delivery;
import org.sendplan.portal.notifications.NotificationType;

/** A person's choice of how one type reaches them by e-mail in one tenant; no row means the default. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Embeddable
    public record Key(
            @Column(name = "person_id") UUID personId,

            @Enumerated(EnumType.STRING) @Column(name = "type")
            NotificationType type)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Enumerated(EnumType.STRING)
    private Delivery delivery;

    protected NotificationPreference() {}

    public NotificationPreference(UUID personId, NotificationType type, Delivery delivery) {
        this.key = new Key(personId, type);
        this.delivery = delivery;
    }

    public UUID personId() {
        return key.personId();
    }

    public NotificationType type() {
        return key.type();
    }

    public Delivery delivery() {
        return delivery;
    }

    public void change(Delivery delivery) {
        this.delivery = delivery;
    }
}

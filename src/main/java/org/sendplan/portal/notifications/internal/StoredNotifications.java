package org.sendplan.portal.notifications.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.notifications.NotificationType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StoredNotifications extends JpaRepository<Notification, UUID> {

    List<Notification> findByRecipientIdOrderByCreatedAtDesc(UUID recipientId, Limit limit);

    long countByRecipientIdAndReadAtIsNull(UUID recipientId);

    @Query(
            "select n.recipientId from Notification n where n.type = :type and n.subjectKey = :key and n.recipientId in :recipients")
    List<UUID> recipientsAlreadyTold(NotificationType type, String key, Collection<UUID> recipients);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(UUID recipientId, Instant at);

    /**
     * Every notification waiting for a digest in the tenant, grouped by recipient: those whose choice for
     * the type is the daily digest (the default) and who have had no digest yet today. One query however
     * many members the tenant has; row-level security and the explicit tenant both keep it to one tenant.
     */
    @Query(value = """
            select n.recipient_id as recipientId, n.id as id, n.type as type, n.summary as summary, n.link as link,
                   n.created_at as createdAt
            from notification n
            left join notification_preference p
                   on p.tenant_id = n.tenant_id and p.person_id = n.recipient_id and p.type = n.type
            left join notification_digest d on d.tenant_id = n.tenant_id and d.person_id = n.recipient_id
            where n.tenant_id = :tenantId and n.email_status = 'PENDING'
              and coalesce(p.delivery, 'DAILY_DIGEST') = 'DAILY_DIGEST'
              and (d.last_sent_on is null or d.last_sent_on < :today)
            order by n.recipient_id, n.created_at""", nativeQuery = true)
    List<PendingItem> pendingForDigest(UUID tenantId, LocalDate today);

    /** Ids as one comma-separated parameter, so a digest of any size is one statement. */
    @Modifying
    @Query(
            value = "update notification set email_status = 'SENT' where id = any(string_to_array(:ids, ',')::uuid[])",
            nativeQuery = true)
    int markEmailed(String ids);

    @Modifying
    @Query(value = """
            insert into notification_digest (tenant_id, person_id, last_sent_on)
            select :tenantId, person, :today from unnest(string_to_array(:people, ',')::uuid[]) as person
            on conflict (tenant_id, person_id) do update set last_sent_on = excluded.last_sent_on""", nativeQuery = true)
    int recordDigests(UUID tenantId, String people, LocalDate today);

    interface PendingItem {
        UUID getRecipientId();

        UUID getId();

        String getType();

        String getSummary();

        String getLink();

        Instant getCreatedAt();
    }
}

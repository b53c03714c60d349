package org.sendplan.portal.notifications.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.notifications.NotificationType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NotificationPreferences extends JpaRepository<NotificationPreference, NotificationPreference.Key> {

    @Query("select p from NotificationPreference p where p.key.personId = :personId")
    List<NotificationPreference> findByPersonId(UUID personId);

    @Query("select p from NotificationPreference p where p.key.type = :type and p.key.personId in :people")
    List<NotificationPreference> findByTypeAndPeople(NotificationType type, Collection<UUID> people);
}

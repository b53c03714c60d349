package org.sendplan.portal.identity.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SecurityEvents extends JpaRepository<SecurityEvent, UUID> {

    List<SecurityEvent> findByTenantIdOrderByOccurredAtDesc(UUID tenantId, Limit limit);

    List<SecurityEvent> findByTenantIdIsNullOrderByOccurredAtDesc(Limit limit);
}

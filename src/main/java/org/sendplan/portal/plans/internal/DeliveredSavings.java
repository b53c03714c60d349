package org.sendplan.portal.plans.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliveredSavings extends JpaRepository<DeliveredSaving, UUID> {

    List<DeliveredSaving> findByActionIdOrderByFinancialYearAscRecordedOnAsc(UUID actionId);

    List<DeliveredSaving> findByActionIdIn(Collection<UUID> actionIds);
}

package org.sendplan.portal.kpis.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KpiChanges extends JpaRepository<KpiChange, UUID> {

    List<KpiChange> findByKpiIdOrderByChangedAtDesc(UUID kpiId);
}

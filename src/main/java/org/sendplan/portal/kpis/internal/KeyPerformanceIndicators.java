package org.sendplan.portal.kpis.internal;

import java.util.List;
import java.util.UUID;
import org.sendplan.portal.kpis.KpiSource;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KeyPerformanceIndicators extends JpaRepository<KeyPerformanceIndicator, UUID> {

    List<KeyPerformanceIndicator> findAllByOrderByNameAsc();

    List<KeyPerformanceIndicator> findBySourceOrderByNameAsc(KpiSource source);

    @Query("select k from KeyPerformanceIndicator k join k.actionIds a where a = :actionId order by k.name")
    List<KeyPerformanceIndicator> linkedTo(UUID actionId);

    boolean existsByNameIgnoreCase(String name);
}

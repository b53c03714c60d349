package org.sendplan.portal.kpis.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CollectedKpiValues extends JpaRepository<CollectedKpiValue, UUID> {

    @Query("select distinct c.kpiId from CollectedKpiValue c where c.sourceId = :sourceId")
    List<UUID> kpisFedBy(UUID sourceId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from CollectedKpiValue c where c.sourceId = :sourceId")
    int deleteBySource(UUID sourceId);

    @Query("""
            select new org.sendplan.portal.kpis.internal.PeriodTotal(c.kpiId, c.periodStart, sum(c.numerator), sum(c.denominator), count(c))
            from CollectedKpiValue c where c.kpiId in :kpiIds group by c.kpiId, c.periodStart""")
    List<PeriodTotal> totals(Collection<UUID> kpiIds);

    List<CollectedKpiValue> findByKpiIdAndPeriodStart(UUID kpiId, LocalDate periodStart);

    boolean existsByKpiId(UUID kpiId);
}

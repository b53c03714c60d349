package org.sendplan.portal.plans.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanVersions extends JpaRepository<PlanVersion, UUID> {

    List<PlanVersion> findByPlanIdOrderByNumberDesc(UUID planId);

    Optional<PlanVersion> findByPlanIdAndNumber(UUID planId, int number);
}

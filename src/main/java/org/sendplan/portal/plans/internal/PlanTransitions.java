package org.sendplan.portal.plans.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanTransitions extends JpaRepository<PlanTransition, UUID> {

    List<PlanTransition> findByPlanIdOrderByMovedAtDesc(UUID planId);
}

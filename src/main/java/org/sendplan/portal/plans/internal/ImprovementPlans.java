package org.sendplan.portal.plans.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.plans.PlanStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImprovementPlans extends JpaRepository<ImprovementPlan, UUID> {

    List<ImprovementPlan> findAllByOrderByTitle();

    List<ImprovementPlan> findByStatusInOrderByTitle(Collection<PlanStatus> statuses);
}

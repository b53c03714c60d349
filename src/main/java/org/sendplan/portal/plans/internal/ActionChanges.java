package org.sendplan.portal.plans.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionChanges extends JpaRepository<ActionChange, UUID> {

    List<ActionChange> findByActionIdOrderByChangedAtDescFieldAsc(UUID actionId);

    List<ActionChange> findByPlanIdAndChangedAtAfterOrderByChangedAtDesc(UUID planId, Instant after);
}

package org.sendplan.portal.plans.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Themes extends JpaRepository<Theme, UUID> {

    List<Theme> findByPlanIdOrderByPosition(UUID planId);

    Optional<Theme> findByPlanIdAndTitle(UUID planId, String title);
}

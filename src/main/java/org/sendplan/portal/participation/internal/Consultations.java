package org.sendplan.portal.participation.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Consultations extends JpaRepository<Consultation, UUID> {

    Optional<Consultation> findFirstByPlanIdOrderByVersionNumberDesc(UUID planId);

    boolean existsByPlanIdAndVersionNumber(UUID planId, int versionNumber);
}

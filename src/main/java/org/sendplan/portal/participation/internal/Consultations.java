package org.sendplan.portal.participation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Consultations extends JpaRepository<Consultation, UUID> {

    Optional<Consultation> findFirstByPlanIdOrderByVersionNumberDesc(UUID planId);

    List<Consultation> findByClosesOnGreaterThanEqual(LocalDate day);

    boolean existsByPlanIdAndVersionNumber(UUID planId, int versionNumber);
}

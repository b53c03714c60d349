package org.sendplan.portal.participation.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ForumSignOffs extends JpaRepository<ForumSignOff, UUID> {

    Optional<ForumSignOff> findByPlanIdAndVersionNumber(UUID planId, int versionNumber);
}

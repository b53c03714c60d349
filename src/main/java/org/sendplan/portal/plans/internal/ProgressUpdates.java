package org.sendplan.portal.plans.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressUpdates extends JpaRepository<ProgressUpdate, UUID> {

    List<ProgressUpdate> findByActionIdOrderByUpdateDateDescPostedAtDesc(UUID actionId);
}

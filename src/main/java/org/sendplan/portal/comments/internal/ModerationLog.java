package org.sendplan.portal.comments.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModerationLog extends JpaRepository<ModerationRecord, UUID> {

    List<ModerationRecord> findTop500ByOrderByActedAtDesc();
}

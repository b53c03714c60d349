package org.sendplan.portal.comments.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonMessages extends JpaRepository<PersonMessage, UUID> {

    List<PersonMessage> findTop200ByPersonIdOrderBySentAtDesc(UUID personId);
}

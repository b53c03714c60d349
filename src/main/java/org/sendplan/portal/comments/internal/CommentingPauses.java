package org.sendplan.portal.comments.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentingPauses extends JpaRepository<CommentingPause, UUID> {

    Optional<CommentingPause> findFirstByPersonIdOrderByPausedAtDesc(UUID personId);
}

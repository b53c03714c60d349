package org.sendplan.portal.returns.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReturnSteps extends JpaRepository<ReturnStep, UUID> {

    List<ReturnStep> findByReturnIdOrderByTakenAtAsc(UUID returnId);
}

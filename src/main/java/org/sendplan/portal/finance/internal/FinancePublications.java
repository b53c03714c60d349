package org.sendplan.portal.finance.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FinancePublications extends JpaRepository<FinancePublication, UUID> {

    Optional<FinancePublication> findBySubjectId(UUID subjectId);

    boolean existsBySubjectId(UUID subjectId);
}

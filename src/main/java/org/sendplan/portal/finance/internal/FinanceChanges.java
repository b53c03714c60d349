package org.sendplan.portal.finance.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FinanceChanges extends JpaRepository<FinanceChange, UUID> {

    List<FinanceChange> findBySubjectIdOrderByChangedAtDesc(UUID subjectId);
}

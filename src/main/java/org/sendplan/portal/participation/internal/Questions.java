package org.sendplan.portal.participation.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Questions extends JpaRepository<Question, UUID> {

    List<Question> findByConsultationIdOrderByPosition(UUID consultationId);
}

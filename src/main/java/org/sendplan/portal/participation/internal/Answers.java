package org.sendplan.portal.participation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Answers extends JpaRepository<Answer, UUID> {

    List<Answer> findByQuestionIdInOrderByAnsweredAt(Collection<UUID> questionIds);

    Optional<Answer> findByQuestionIdAndPersonIdAndGroupNameIsNull(UUID questionId, UUID personId);
}

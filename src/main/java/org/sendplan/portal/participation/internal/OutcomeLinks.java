package org.sendplan.portal.participation.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.participation.SaidKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutcomeLinks extends JpaRepository<OutcomeLink, UUID> {

    List<OutcomeLink> findByPlanIdOrderByLinkedAtDesc(UUID planId);

    List<OutcomeLink> findBySaidKindAndSaidIdInOrderByLinkedAt(SaidKind saidKind, Collection<UUID> saidIds);
}

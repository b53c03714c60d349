package org.sendplan.portal.participation.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Proposals extends JpaRepository<Proposal, UUID> {

    List<Proposal> findAllByOrderByRaisedAtDesc();

    List<Proposal> findByProposerIdOrderByRaisedAtDesc(UUID proposerId);
}

package org.sendplan.portal.participation.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalResponses extends JpaRepository<ProposalResponse, UUID> {

    List<ProposalResponse> findByProposalIdInOrderByRespondedAtDesc(Collection<UUID> proposalIds);
}

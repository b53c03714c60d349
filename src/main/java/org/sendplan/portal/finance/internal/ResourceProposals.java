package org.sendplan.portal.finance.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResourceProposals extends JpaRepository<ResourceProposal, UUID> {

    List<ResourceProposal> findAllByOrderByTitleAscVersionNumberDesc();

    boolean existsBySupersedes(UUID id);
}

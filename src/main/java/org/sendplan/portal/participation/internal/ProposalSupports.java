package org.sendplan.portal.participation.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalSupports extends JpaRepository<ProposalSupport, ProposalSupport.Key> {

    /** Rows of proposal id and its number of supporters, for a page of proposals in one query. */
    @Query(
            "select s.key.proposalId, count(s) from ProposalSupport s where s.key.proposalId in :proposalIds group by s.key.proposalId")
    List<Object[]> countByProposal(Collection<UUID> proposalIds);

    @Query("select s.key.personId from ProposalSupport s where s.key.proposalId = :proposalId")
    List<UUID> supporters(UUID proposalId);

    @Query(
            "select s.key.proposalId from ProposalSupport s where s.key.personId = :personId and s.key.proposalId in :proposalIds")
    List<UUID> supportedBy(UUID personId, Collection<UUID> proposalIds);
}

package org.sendplan.portal.fundingstatements.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FundingStatementChanges extends JpaRepository<FundingStatementChange, UUID> {

    List<FundingStatementChange> findByStatementIdOrderByChangedAtDesc(UUID statementId);
}

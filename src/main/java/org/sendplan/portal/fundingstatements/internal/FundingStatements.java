package org.sendplan.portal.fundingstatements.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FundingStatements extends JpaRepository<FundingStatement, UUID> {

    Optional<FundingStatement> findBySchoolIdAndFinancialYear(UUID schoolId, int financialYear);

    List<FundingStatement> findBySchoolIdInOrderByFinancialYearDesc(Collection<UUID> schoolIds);

    List<FundingStatement> findBySchoolIdAndPublishedTrueOrderByFinancialYearDesc(UUID schoolId);
}

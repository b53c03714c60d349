package org.sendplan.portal.finance.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SavingsTargets extends JpaRepository<SavingsTarget, UUID> {

    List<SavingsTarget> findAllByOrderByFinancialYearDescTitleAsc();
}

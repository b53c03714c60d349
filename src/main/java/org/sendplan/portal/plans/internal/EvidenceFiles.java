package org.sendplan.portal.plans.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceFiles extends JpaRepository<EvidenceFile, UUID> {}

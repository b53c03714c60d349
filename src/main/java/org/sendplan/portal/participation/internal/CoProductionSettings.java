package org.sendplan.portal.participation.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Row-level security leaves each tenant only its own row, so "the first" is this tenant's. */
public interface CoProductionSettings extends JpaRepository<CoProductionSetting, UUID> {

    Optional<CoProductionSetting> findFirstBy();
}

package org.sendplan.portal.returns.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DataCollections extends JpaRepository<DataCollection, UUID> {

    List<DataCollection> findAllByOrderByDeadlineDescTitleAsc();

    List<DataCollection> findByIdIn(Iterable<UUID> ids);

    Optional<DataCollection> findFirstBySeriesAndPeriod(String series, String period);
}

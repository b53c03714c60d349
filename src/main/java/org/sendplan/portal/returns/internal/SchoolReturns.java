package org.sendplan.portal.returns.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SchoolReturns extends JpaRepository<SchoolReturn, UUID> {

    List<SchoolReturn> findByCollectionId(UUID collectionId);

    List<SchoolReturn> findBySchoolIdIn(Collection<UUID> schoolIds);

    @EntityGraph(attributePaths = "values")
    List<SchoolReturn> findWithValuesByCollectionIdAndSchoolIdIn(UUID collectionId, Collection<UUID> schoolIds);

    /** Per field of a collection: the sum and the number of figures in accepted returns. */
    @Query(
            "select v.fieldId, sum(v.figure), count(v.figure) from SchoolReturn r join r.values v "
                    + "where r.collectionId = ?1 and r.status = org.sendplan.portal.returns.ReturnStatus.ACCEPTED group by v.fieldId")
    List<Object[]> acceptedTotalsByField(UUID collectionId);
}

package org.sendplan.portal.tenancy.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Organisations extends JpaRepository<Organisation, UUID> {

    List<Organisation> findAllByOrderByKindAscNameAsc();

    List<Organisation> findByIdInOrderByName(Collection<UUID> ids);

    List<Organisation> findByKindOrderByName(OrganisationKind kind);

    Optional<Organisation> findByUrn(String urn);

    List<Organisation> findByUrnIn(Collection<String> urns);
}

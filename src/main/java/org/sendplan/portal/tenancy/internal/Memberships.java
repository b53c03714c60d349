package org.sendplan.portal.tenancy.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Memberships extends JpaRepository<Membership, UUID> {

    List<Membership> findByPersonId(UUID personId);

    List<Membership> findByOrganisationId(UUID organisationId);

    long countByOrganisationId(UUID organisationId);

    List<Membership> findByOrganisationIdIn(Collection<UUID> organisationIds);

    /**
     * Across tenants, for sign-in: Hibernate's tenant filter does not apply to native SQL, and
     * row-level security still limits the rows to the person named in the transaction's scope.
     */
    @Query(value = """
            select tenant_id as tenantId, organisation_id as organisationId,
                   array_to_string(roles, ',') as roles
            from membership where person_id = :personId""", nativeQuery = true)
    List<MembershipRow> findEverywhereByPersonId(UUID personId);

    interface MembershipRow {
        UUID getTenantId();

        UUID getOrganisationId();

        String getRoles();
    }
}

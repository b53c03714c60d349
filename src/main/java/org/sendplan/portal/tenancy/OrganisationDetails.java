package org.sendplan.portal.tenancy;

import java.util.UUID;

public record OrganisationDetails(
        UUID id,
        OrganisationKind kind,
        String name,
        String urn,
        SchoolPhase phase,
        String planningArea,
        long version) {}

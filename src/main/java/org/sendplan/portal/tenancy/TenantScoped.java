package org.sendplan.portal.tenancy;

import java.util.Set;
import java.util.UUID;

/** Implemented by the signed-in principal's authentication, so the tenant follows the session. */
public interface TenantScoped {

    TenantScope tenantScope();

    /** True when the person holds no tenant-wide role and so reaches only their own organisations. */
    boolean limitedToOwnOrganisations();

    Set<UUID> organisationIds();
}

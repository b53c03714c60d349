package org.sendplan.portal.tenancy;

import java.util.UUID;

/**
 * What the database may show in one unit of work: the rows of one tenant, and the person's own
 * memberships in any tenant (so sign-in can list where someone belongs).
 */
public record TenantScope(UUID tenantId, UUID personId) {

    public static final TenantScope NONE = new TenantScope(null, null);

    public static TenantScope ofTenant(UUID tenantId) {
        return new TenantScope(tenantId, null);
    }

    public static TenantScope ofPerson(UUID personId) {
        return new TenantScope(null, personId);
    }
}

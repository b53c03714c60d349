package org.sendplan.portal.tenancy;

import java.util.Set;
import java.util.UUID;

/** What one person may do in one tenant: the union of their memberships there. */
public record TenantMembership(TenantSummary tenant, Set<Role> roles, Set<UUID> organisationIds) {}

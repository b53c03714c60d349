package org.sendplan.portal.tenancy;

import java.util.Set;
import java.util.UUID;

public record MemberDetails(UUID membershipId, UUID personId, Set<Role> roles, UUID organisationId, long version) {}

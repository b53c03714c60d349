package org.sendplan.portal.administration;

import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.tenancy.Role;

/** A member as the members screen lists them: the person, their roles, their organisation. */
public record MemberRow(
        UUID membershipId,
        long version,
        UUID personId,
        String displayName,
        String username,
        String email,
        Set<Role> roles,
        UUID organisationId,
        String organisationName) {}

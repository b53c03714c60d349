package org.sendplan.portal.identity.internal.keycloak;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sendplan.portal.tenancy.Role;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * What the portal reads from a Keycloak sign-in: who the person is, their realm roles, the
 * organisations (local authorities) they belong to and, for a school editor, their school's URN.
 */
record KeycloakToken(
        String issuer,
        String subject,
        String username,
        String displayName,
        String email,
        Set<String> organisations,
        Set<Role> roles,
        String schoolUrn) {

    static final String ORGANISATIONS = "organization";
    static final String REALM_ACCESS = "realm_access";
    static final String SCHOOL_URN = "school_urn";

    /**
     * Realm roles are read from the access token only: Keycloak leaves them out of the ID token. The
     * organisation claim is a list of aliases, or a map keyed by alias when the mapper adds ids or attributes.
     */
    static KeycloakToken of(OidcUser user, Map<String, Object> accessToken) {
        String username = Optional.ofNullable(user.getPreferredUsername()).orElse(user.getSubject());
        String displayName = Optional.ofNullable(user.getFullName())
                .filter(name -> !name.isBlank())
                .orElse(username);
        Object organisations =
                accessToken.getOrDefault(ORGANISATIONS, user.getClaims().get(ORGANISATIONS));
        Object realmRoles =
                accessToken.get(REALM_ACCESS) instanceof Map<?, ?> realmAccess ? realmAccess.get("roles") : null;
        Object schoolUrn = accessToken.getOrDefault(SCHOOL_URN, user.getClaims().get(SCHOOL_URN));
        return new KeycloakToken(
                user.getIssuer().toString(),
                user.getSubject(),
                username,
                displayName,
                user.getEmail(),
                strings(organisations instanceof Map<?, ?> byAlias ? byAlias.keySet() : organisations),
                strings(realmRoles).stream()
                        .map(Role::fromCode)
                        .flatMap(Optional::stream)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))),
                strings(schoolUrn).stream().findFirst().orElse(null));
    }

    boolean platformAdmin() {
        return roles.contains(Role.PLATFORM_ADMIN);
    }

    /** The roles a person has inside each of their local authorities. */
    Set<Role> tenantRoles() {
        return roles.stream()
                .filter(role -> role != Role.PLATFORM_ADMIN)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static Set<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
        }
        return claim == null ? Set.of() : Set.of(String.valueOf(claim));
    }
}

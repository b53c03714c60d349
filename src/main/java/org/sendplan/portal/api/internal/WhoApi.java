package org.sendplan.portal.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who a token acts for, and which schools it may act for: what a school system checks first. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Token", description = "Who the token acts for")
class WhoApi {

    private final CurrentUser currentUser;
    private final OrganisationService organisations;

    WhoApi(CurrentUser currentUser, OrganisationService organisations) {
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    public record Tenant(String slug, String name, String laCode) {}

    public record Me(
            String username,
            String displayName,
            Tenant localAuthority,
            List<String> roles,
            boolean wholeLocalAuthority,
            List<ApiSchool> ownSchools) {}

    @GetMapping("/me")
    @Operation(summary = "The person, local authority, roles and own school(s) this token acts for")
    Me me() {
        SignedInUser user = currentUser.require();
        List<ApiSchool> own = organisations.organisationsOfKind(OrganisationKind.SCHOOL).stream()
                .filter(school -> user.organisationIds().contains(school.id()))
                .map(ApiSchool::of)
                .toList();
        return new Me(
                user.username(),
                user.displayName(),
                new Tenant(
                        user.tenant().slug(),
                        user.tenant().name(),
                        user.tenant().laCode()),
                user.roles().stream().map(Role::code).sorted().toList(),
                !user.limitedToOwnOrganisations(),
                own);
    }

    @GetMapping("/schools")
    @Operation(
            summary =
                    "The schools this token may act for: a school editor's own, or every school of the local authority")
    List<ApiSchool> schools() {
        return organisations.organisationsOfKind(OrganisationKind.SCHOOL).stream()
                .map(ApiSchool::of)
                .toList();
    }
}

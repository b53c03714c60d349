package org.sendplan.portal.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a tenant admin types to add or change an organisation. */
public record OrganisationDraft(
        @NotNull(message = "Choose what kind of organisation this is")
        OrganisationKind kind,

        @NotBlank(message = "Enter the organisation's name")
        @Size(max = 200, message = "Name must be 200 characters or fewer")
        String name,

        @Pattern(regexp = "\\d{6}", message = "A URN is six digits, like 137221")
        String urn,

        SchoolPhase phase,

        @Size(max = 80, message = "Planning area must be 80 characters or fewer")
        String planningArea) {}

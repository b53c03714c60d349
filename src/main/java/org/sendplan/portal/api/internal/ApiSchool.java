package org.sendplan.portal.api.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.sendplan.portal.tenancy.OrganisationDetails;

@Schema(description = "A school as Get Information About Schools knows it")
public record ApiSchool(
        @Schema(example = "137063") String urn,
        @Schema(example = "Abbey CofE Infant School") String name,
        @Schema(example = "Primary") String phase,
        @Schema(example = "Nuneaton and Bedworth") String planningArea) {

    static ApiSchool of(OrganisationDetails school) {
        return new ApiSchool(
                school.urn(),
                school.name(),
                school.phase() == null ? null : school.phase().label(),
                school.planningArea());
    }
}

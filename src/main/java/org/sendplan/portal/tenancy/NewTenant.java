package org.sendplan.portal.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public record NewTenant(
        @NotBlank(message = "Enter the local authority's name")
        @Size(max = 120, message = "Name must be 120 characters or fewer")
        String name,

        @NotBlank(message = "Enter a short web address name")
        @Pattern(
                regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "Use lower-case letters, numbers and single hyphens, like 'north-shire'")
        @Size(max = 40, message = "Web address name must be 40 characters or fewer")
        String slug,

        @NotBlank(message = "Enter the DfE local authority code")
        @Pattern(regexp = "\\d{3}", message = "The DfE LA code is three digits, like 937")
        String laCode,

        @Size(max = 60, message = "Region must be 60 characters or fewer")
        String region,

        List<String> statisticalNeighbours) {}

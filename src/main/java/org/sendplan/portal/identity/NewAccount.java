package org.sendplan.portal.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A local account as a tenant or platform admin creates it. */
public record NewAccount(
        @NotBlank(message = "Enter a username")
        @Pattern(
                regexp = "[A-Za-z0-9._@-]{3,120}",
                message = "A username is 3 to 120 letters, numbers, dots, hyphens, underscores or @")
        String username,

        @NotBlank(message = "Enter the person's full name")
        @Size(max = 120, message = "Name must be 120 characters or fewer")
        String displayName,

        @Email(message = "Enter an email address like name@council.gov.uk")
        @Size(max = 200, message = "Email must be 200 characters or fewer")
        String email,

        @Size(min = 12, max = 128, message = "A password must be 12 to 128 characters long")
        String password) {}

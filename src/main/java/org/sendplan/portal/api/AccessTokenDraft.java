package org.sendplan.portal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a person asks for when creating a token: a name to recognise it by, and the day it stops working. */
public record AccessTokenDraft(
        @NotBlank(message = "Enter a name for the token, such as the system that will use it")
        @Size(max = 80, message = "Keep the name to 80 characters or fewer")
        String name,

        @NotNull(message = "Enter the date the token expires")
        LocalDate expiresOn) {}

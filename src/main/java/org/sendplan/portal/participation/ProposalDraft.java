package org.sendplan.portal.participation;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** A proposal as its proposer types it; the estimate, in exact pounds, is optional. */
public record ProposalDraft(
        @NotNull(message = "Choose the plan the proposal is for")
        UUID planId,

        @NotNull(message = "Choose the theme it belongs to") UUID themeId,

        @NotBlank(message = "Enter a title") @Size(max = 200, message = "Keep the title to 200 characters")
        String title,

        @NotBlank(message = "Describe the problem") @Size(max = 4000, message = "Keep the problem to 4,000 characters")
        String problem,

        @NotBlank(message = "Describe your idea") @Size(max = 4000, message = "Keep the idea to 4,000 characters")
        String idea,

        @NotBlank(message = "Say what difference it would make")
        @Size(max = 4000, message = "Keep the expected impact to 4,000 characters")
        String expectedImpact,

        @DecimalMin(value = "0.00", message = "Enter the estimate as a positive amount; choose cost or saving")
        @Digits(integer = 12, fraction = 2, message = "Enter the estimate in pounds and pence, e.g. 25000 or 1250.50")
        BigDecimal estimate,

        EstimateKind estimateKind) {}

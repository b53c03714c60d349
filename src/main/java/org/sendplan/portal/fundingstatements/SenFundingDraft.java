package org.sendplan.portal.fundingstatements;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * The figures and words a school enters: its notional SEN budget and the spend in each category, in
 * pounds to the penny. Totals are computed from these, never typed.
 */
public record SenFundingDraft(
        @NotNull(message = "Enter the notional SEN budget")
        @DecimalMin(value = "0", message = "The notional SEN budget cannot be negative")
        @Digits(
                integer = 12,
                fraction = 2,
                message = "Enter the notional SEN budget in pounds and pence, like 84,500.00")
        BigDecimal notionalBudget,

        @NotNull(message = "Enter the spend on staffing and teaching assistants (0 if none)")
        @DecimalMin(value = "0", message = "The spend on staffing and teaching assistants cannot be negative")
        @Digits(
                integer = 12,
                fraction = 2,
                message = "Enter the spend on staffing and teaching assistants in pounds and pence")
        BigDecimal staffing,

        @NotNull(message = "Enter the spend on SENCO time (0 if none)")
        @DecimalMin(value = "0", message = "The spend on SENCO time cannot be negative")
        @Digits(integer = 12, fraction = 2, message = "Enter the spend on SENCO time in pounds and pence")
        BigDecimal sencoTime,

        @NotNull(message = "Enter the spend on interventions (0 if none)")
        @DecimalMin(value = "0", message = "The spend on interventions cannot be negative")
        @Digits(integer = 12, fraction = 2, message = "Enter the spend on interventions in pounds and pence")
        BigDecimal interventions,

        @NotNull(message = "Enter the spend on training (0 if none)")
        @DecimalMin(value = "0", message = "The spend on training cannot be negative")
        @Digits(integer = 12, fraction = 2, message = "Enter the spend on training in pounds and pence")
        BigDecimal training,

        @NotNull(message = "Enter the spend on resources (0 if none)")
        @DecimalMin(value = "0", message = "The spend on resources cannot be negative")
        @Digits(integer = 12, fraction = 2, message = "Enter the spend on resources in pounds and pence")
        BigDecimal resources,

        @NotNull(message = "Enter the spend on bought-in services (0 if none)")
        @DecimalMin(value = "0", message = "The spend on bought-in services cannot be negative")
        @Digits(integer = 12, fraction = 2, message = "Enter the spend on bought-in services in pounds and pence")
        BigDecimal boughtInServices,

        @Size(
                max = SenFundingDraft.NARRATIVE_LIMIT,
                message = "Keep the narrative to " + SenFundingDraft.NARRATIVE_LIMIT + " characters or fewer")
        String narrative) {

    public static final int NARRATIVE_LIMIT = 4000;

    public BigDecimal spentOn(SpendCategory category) {
        return switch (category) {
            case STAFFING -> staffing;
            case SENCO_TIME -> sencoTime;
            case INTERVENTIONS -> interventions;
            case TRAINING -> training;
            case RESOURCES -> resources;
            case BOUGHT_IN_SERVICES -> boughtInServices;
        };
    }

    public BigDecimal totalSpent() {
        return Stream.of(SpendCategory.values()).map(this::spentOn).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Positive when less was spent than the budget, negative when more. */
    public BigDecimal difference() {
        return notionalBudget.subtract(totalSpent());
    }
}

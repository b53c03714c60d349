package org.sendplan.portal.finance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/** What the board decided about a submitted proposal, in its own words, and when. */
public record BoardDecision(
        @NotNull(message = "Choose the board's decision") ProposalStatus outcome,

        @NotBlank(message = "Enter the decision as the board recorded it")
        String text,

        @NotNull(message = "Enter the date of the decision") LocalDate date)
        implements Serializable {}

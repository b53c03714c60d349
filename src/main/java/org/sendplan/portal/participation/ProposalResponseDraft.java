package org.sendplan.portal.participation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The LA's response: the outcome, its reasons, and for "taken into the plan" the action created or changed. */
public record ProposalResponseDraft(
        @NotNull(message = "Choose the response") ProposalOutcome outcome,

        @NotBlank(message = "Give the reasons, in words the proposer will understand")
        @Size(max = 4000, message = "Keep the reasons to 4,000 characters")
        String reasons,

        UUID actionId) {}

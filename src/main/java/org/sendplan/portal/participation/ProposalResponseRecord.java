package org.sendplan.portal.participation;

import java.time.Instant;
import java.util.UUID;

/** A response as given: the action's wording as it was then. */
public record ProposalResponseRecord(
        ProposalOutcome outcome,
        String reasons,
        UUID actionId,
        String actionActivity,
        String respondedBy,
        Instant respondedAt) {}

package org.sendplan.portal.plans;

import java.time.Instant;
import java.util.UUID;

/** A change to one of a plan's actions, named by its activity, for "what changed since the last board meeting". */
public record PlanChange(
        UUID actionId,
        String activity,
        Instant changedAt,
        String changedBy,
        String field,
        String oldValue,
        String newValue) {}

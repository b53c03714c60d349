package org.sendplan.portal.plans;

import java.time.Instant;
import java.util.UUID;

/** One entry in an action's history. A null old value means the field was empty before. */
public record ActionChangeRecord(
        UUID actionId, Instant changedAt, String changedBy, String field, String oldValue, String newValue) {}

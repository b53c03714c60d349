package org.sendplan.portal.plans;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A delivered saving as recorded, with who recorded it and the version a change must name. */
public record DeliveredSavingDetails(
        UUID id, UUID actionId, DeliveredSavingDraft draft, String recordedBy, Instant recordedAt, long version)
        implements Serializable {}

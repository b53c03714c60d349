package org.sendplan.portal.participation;

import java.time.Instant;
import java.util.UUID;

public record ForumPositionDetails(
        UUID planId,
        int versionNumber,
        ForumPosition position,
        String statement,
        String recordedBy,
        Instant recordedAt,
        long version) {}

package org.sendplan.portal.identity;

import java.time.Instant;

public record SecurityEventRecord(
        Instant occurredAt, SecurityEventKind kind, String username, String sourceAddress, String detail) {}

package org.sendplan.portal.plans;

import java.time.Instant;
import java.util.UUID;

public record PlanVersionSummary(UUID id, int number, Instant approvedAt, String approvedBy) {}

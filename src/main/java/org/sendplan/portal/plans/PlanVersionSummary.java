package org.sendplan.portal.plans;

import java.time.Instant;

public record PlanVersionSummary(int number, Instant approvedAt, String approvedBy) {}

package org.sendplan.portal.plans;

import java.time.Instant;

public record PlanTransitionRecord(PlanStatus from, PlanStatus to, Instant movedAt, String movedBy) {}

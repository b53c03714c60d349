package org.sendplan.portal.kpis;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One organisation's figure for one KPI, from an accepted return.
 *
 * @param numerator   the figure itself (a count, money, days), or a percentage's numerator
 * @param denominator a percentage's denominator; null for every other unit
 */
public record CollectedValue(UUID kpiId, UUID organisationId, BigDecimal numerator, BigDecimal denominator) {}

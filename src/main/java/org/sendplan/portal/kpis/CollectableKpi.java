package org.sendplan.portal.kpis;

import java.util.UUID;
import org.sendplan.portal.common.ReportingFrequency;

/**
 * A KPI whose figures are collected from organisations, as a return field may feed it.
 *
 * @param percentage true when the KPI rolls up from summed numerators and denominators, so a return
 *                   must ask for both
 */
public record CollectableKpi(UUID id, String name, String unit, ReportingFrequency frequency, boolean percentage) {}

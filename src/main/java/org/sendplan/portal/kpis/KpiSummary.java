package org.sendplan.portal.kpis;

import java.io.Serializable;
import java.util.UUID;
import org.sendplan.portal.common.ReportingFrequency;

/** A line of the KPI list: the latest figure with its target, RAG and trend (grey with no figure yet). */
public record KpiSummary(
        UUID id,
        String name,
        KpiUnit unit,
        Direction direction,
        ReportingFrequency frequency,
        KpiSource source,
        KpiFigure latest)
        implements Serializable {}

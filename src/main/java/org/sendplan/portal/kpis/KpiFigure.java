package org.sendplan.portal.kpis;

import java.io.Serializable;
import java.math.BigDecimal;
import org.sendplan.portal.common.ReportingPeriod;

/**
 * A KPI's figure for one period, overall or for one category, with its target, RAG and trend.
 *
 * @param value         the figure in the KPI's unit (a percentage as 0–100), or null when there is none
 * @param organisations how many organisations' collected figures it rolls up; 0 when the LA entered it
 */
public record KpiFigure(
        ReportingPeriod period,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        long organisations,
        BigDecimal target,
        KpiStatus status,
        Trend trend)
        implements Serializable {}

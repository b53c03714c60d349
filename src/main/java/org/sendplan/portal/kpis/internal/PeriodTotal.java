package org.sendplan.portal.kpis.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Collected figures of one KPI and period, summed in the database. */
public record PeriodTotal(
        UUID kpiId, LocalDate periodStart, BigDecimal numerators, BigDecimal denominators, long organisations) {}

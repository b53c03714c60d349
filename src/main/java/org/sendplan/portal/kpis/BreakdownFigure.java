package org.sendplan.portal.kpis;

import java.io.Serializable;

/** One category of a breakdown ("Planning area: North") for one period. */
public record BreakdownFigure(KpiBreakdown breakdown, String category, KpiFigure figure) implements Serializable {}

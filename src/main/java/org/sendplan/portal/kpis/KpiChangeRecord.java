package org.sendplan.portal.kpis;

import java.io.Serializable;
import java.time.Instant;

/** One line of a KPI's history: who changed its definition or figures, when, and what. */
public record KpiChangeRecord(Instant at, String by, String summary) implements Serializable {}

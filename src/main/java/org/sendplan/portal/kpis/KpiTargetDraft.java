package org.sendplan.portal.kpis;

import java.io.Serializable;
import java.math.BigDecimal;

/** A target for one period, the period as typed ("2025/26", "Spring 2026"). */
public record KpiTargetDraft(String period, BigDecimal target) implements Serializable {}

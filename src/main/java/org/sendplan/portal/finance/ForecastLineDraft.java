package org.sendplan.portal.finance;

import java.io.Serializable;

/** One line of a High Needs forecast: what it is and its figure per financial year. */
public record ForecastLineDraft(ForecastLineKind kind, String name, YearlyAmounts amounts) implements Serializable {}

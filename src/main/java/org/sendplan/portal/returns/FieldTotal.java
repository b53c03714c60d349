package org.sendplan.portal.returns;

import java.io.Serializable;
import java.math.BigDecimal;

/** The sum of one field over the accepted returns: what the field adds to its KPI, if it feeds one. */
public record FieldTotal(FieldDefinition field, BigDecimal sum, long figures, String kpiName) implements Serializable {}

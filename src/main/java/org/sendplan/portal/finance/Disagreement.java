package org.sendplan.portal.finance;

import java.io.Serializable;
import java.math.BigDecimal;

/** A total printed in an imported file that is not what the portal computes from the file's own lines. */
public record Disagreement(int row, String total, String column, BigDecimal printed, BigDecimal computed)
        implements Serializable {}

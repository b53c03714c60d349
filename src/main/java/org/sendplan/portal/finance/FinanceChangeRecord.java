package org.sendplan.portal.finance;

import java.io.Serializable;
import java.time.Instant;

/** One line of a finance table's history. */
public record FinanceChangeRecord(Instant at, String by, String summary) implements Serializable {}

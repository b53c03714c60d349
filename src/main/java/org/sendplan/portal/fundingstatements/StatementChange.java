package org.sendplan.portal.fundingstatements;

import java.time.Instant;

/** One line of a statement's history: who did what, and when. */
public record StatementChange(Instant at, String by, String summary) {}

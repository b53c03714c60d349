package org.sendplan.portal.returns;

import java.io.Serializable;
import java.time.Instant;

/** A step in a return's history, as shown: when, who, what, and the reason or query given. */
public record ReturnStepRecord(Instant at, String by, ReturnAction action, String note) implements Serializable {}

package org.sendplan.portal.returns;

import java.io.Serializable;

/** Why one answer cannot be saved or submitted, for the field named by its code. */
public record FieldProblem(String fieldCode, String message) implements Serializable {}

package org.sendplan.portal.participation;

import java.util.UUID;

/** A discussion question, numbered from 1 in the order it is asked. */
public record ConsultationQuestion(UUID id, int position, String text) {}

package org.sendplan.portal.participation;

import java.util.List;

/**
 * What a question drew: every answer, the people who answered for themselves (each once), and the
 * groups whose table notes were entered for them.
 */
public record QuestionSummary(ConsultationQuestion question, int answers, int people, List<String> groups) {}

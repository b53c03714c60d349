package org.sendplan.portal.plans;

import java.time.LocalDate;
import org.sendplan.portal.common.Rag;

/** A progress update as the officer writes it; the reason is needed only when the RAG changes. */
public record ProgressDraft(LocalDate date, String narrative, Rag rag, String reason) {}

package org.sendplan.portal.kpis.ui;

import com.vaadin.flow.component.html.Span;
import org.sendplan.portal.kpis.KpiFigure;

/** A computed RAG in words as well as colour, with why when it is grey (no data, or no target). */
class KpiRagLabel extends Span {

    KpiRagLabel(KpiFigure figure) {
        super(figure == null ? "Grey – no data" : figure.status().describe());
        String rag = figure == null ? "grey" : figure.status().rag().name().toLowerCase();
        addClassNames("rag", "rag-" + rag);
    }
}

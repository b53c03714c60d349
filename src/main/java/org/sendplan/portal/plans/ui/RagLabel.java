package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.html.Span;
import org.sendplan.portal.common.Rag;

/** A RAG rating in words as well as colour, so it never depends on colour alone. */
class RagLabel extends Span {

    RagLabel(Rag rag) {
        super(rag.label() + " – " + rag.meaning());
        addClassNames("rag", "rag-" + rag.name().toLowerCase());
    }
}

package org.sendplan.portal.plans;

import java.util.Map;
import org.sendplan.portal.common.Rag;

/** How many of a theme's actions stand at each RAG: the board's view at a glance. */
public record ThemeRag(String theme, Map<Rag, Long> counts) {

    public long count(Rag rag) {
        return counts.getOrDefault(rag, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}

package org.sendplan.portal.plans;

import java.util.UUID;
import org.sendplan.portal.common.Rag;

/** The filters of a plan's action list; a null field does not filter. */
public record ActionFilter(
        UUID themeId,
        Rag rag,
        ActionStatus status,
        UUID ownerId,
        SavingsRating savingsRating,
        boolean overdueOnly,
        String words) {

    public static final ActionFilter NONE = new ActionFilter(null, null, null, null, null, false, null);

    public boolean hasWords() {
        return words != null && !words.isBlank();
    }
}

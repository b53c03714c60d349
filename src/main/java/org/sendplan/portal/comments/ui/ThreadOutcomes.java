package org.sendplan.portal.comments.ui;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sendplan.portal.comments.CommentDetails;
import org.sendplan.portal.comments.CommentOutcome;
import org.sendplan.portal.comments.CommentOutcomes;

/**
 * What a thread knows of the changes its comments led to, and whether this person may link one; nothing at all
 * when no module records outcomes.
 */
record ThreadOutcomes(CommentOutcomes outcomes, LinkToChange linkToChange) {

    boolean recorded() {
        return outcomes != null;
    }

    Map<UUID, List<CommentOutcome>> of(Collection<UUID> commentIds) {
        return recorded() && !commentIds.isEmpty() ? outcomes.outcomes(commentIds) : Map.of();
    }

    boolean mayLink() {
        return recorded() && linkToChange != null && outcomes.mayLink();
    }

    void link(CommentDetails comment, Runnable afterLink) {
        linkToChange.open(comment, afterLink);
    }
}

package org.sendplan.portal.participation;

import java.time.Instant;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.InvalidInputException;

/** What participation says when a save is refused because someone else saved first. */
final class Participants {

    private Participants() {}

    /** A save refused because someone else saved first: says who and when, so the person can reload and redo. */
    static InvalidInputException changedElsewhere(String what, String by, Instant at) {
        return new InvalidInputException(what + " was changed by " + by + " at " + DisplayFormats.TIME_ON_DAY.format(at)
                + " — reload to see their changes. Your changes were not saved.");
    }
}

package org.sendplan.portal.plans;

import java.time.Instant;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.InvalidInputException;

/** A save refused because someone else saved first: says who and when, so the person can reload and redo. */
final class ChangedElsewhere {

    private ChangedElsewhere() {}

    static InvalidInputException of(String what, String by, Instant at) {
        return new InvalidInputException(what + " was changed by " + by + " at " + DisplayFormats.TIME_ON_DAY.format(at)
                + " — reload to see their changes. Your changes were not saved.");
    }
}

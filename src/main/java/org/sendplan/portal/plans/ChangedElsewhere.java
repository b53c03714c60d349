package org.sendplan.portal.plans;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sendplan.portal.common.InvalidInputException;

/** A save refused because someone else saved first: says who and when, so the person can reload and redo. */
final class ChangedElsewhere {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private ChangedElsewhere() {}

    static InvalidInputException of(String what, String by, Instant at) {
        return new InvalidInputException(what + " was changed by " + by + " at " + WHEN.format(at)
                + " — reload to see their changes. Your changes were not saved.");
    }
}

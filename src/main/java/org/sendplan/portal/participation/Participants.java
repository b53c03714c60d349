package org.sendplan.portal.participation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sendplan.portal.common.InvalidInputException;

/** What participation says when a save is refused because someone else saved first. */
final class Participants {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", Locale.UK).withZone(LONDON);

    private Participants() {}

    /** A save refused because someone else saved first: says who and when, so the person can reload and redo. */
    static InvalidInputException changedElsewhere(String what, String by, Instant at) {
        return new InvalidInputException(what + " was changed by " + by + " at " + WHEN.format(at)
                + " — reload to see their changes. Your changes were not saved.");
    }
}

package org.sendplan.portal.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * English councils work in London time: days, deadlines and "today" are London's, whatever zone the
 * server runs in. Take the current time from the injected {@link Clock} (tests move it).
 */
public final class PortalTime {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private PortalTime() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(LONDON));
    }
}

package org.sendplan.portal.common;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The dates and times the portal prints, in British English and London time; use these, not a pattern of your own. */
public final class DisplayFormats {

    /** 14:05 */
    public static final DateTimeFormatter TIME = format("HH:mm");
    /** 3 Mar 2026 */
    public static final DateTimeFormatter DAY = format("d MMM yyyy");
    /** 3 March 2026 */
    public static final DateTimeFormatter LONG_DAY = format("d MMMM yyyy");
    /** 3 Mar 2026, 14:05 */
    public static final DateTimeFormatter DAY_AND_TIME = format("d MMM yyyy, HH:mm");
    /** 14:05 on 3 Mar 2026 */
    public static final DateTimeFormatter TIME_ON_DAY = format("HH:mm 'on' d MMM yyyy");
    /** 3 March 2026 at 14:05 */
    public static final DateTimeFormatter LONG_DAY_AT_TIME = format("d MMMM yyyy 'at' HH:mm");
    /** 3 Mar 2026 14:05:09, for the sign-in log */
    public static final DateTimeFormatter DAY_AND_SECONDS = format("d MMM yyyy HH:mm:ss");

    private DisplayFormats() {}

    private static DateTimeFormatter format(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.UK).withZone(PortalTime.LONDON);
    }
}

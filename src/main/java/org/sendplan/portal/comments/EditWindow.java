package org.sendplan.portal.comments;

import java.time.Duration;
import java.time.Instant;

/** An author may correct a comment for 15 minutes after posting it; after that it stands, marked if edited. */
public final class EditWindow {

    public static final Duration LENGTH = Duration.ofMinutes(15);

    private EditWindow() {}

    public static boolean isOpen(Instant postedAt, Instant now) {
        return now.isBefore(closesAt(postedAt));
    }

    public static Instant closesAt(Instant postedAt) {
        return postedAt.plus(LENGTH);
    }
}

package org.sendplan.portal.comments;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** How often one person may post: at most 5 comments in any minute and 30 in any hour. */
public final class PostingRate {

    record Limit(int count, Duration window, String words) {}

    static final List<Limit> LIMITS = List.of(
            new Limit(5, Duration.ofMinutes(1), "5 comments a minute"),
            new Limit(30, Duration.ofHours(1), "30 comments an hour"));

    /** The longest window any limit looks back over: older posts never matter. */
    public static final Duration LOOK_BACK = Duration.ofHours(1);

    private PostingRate() {}

    /** When the person may post again, or empty if they may post now, given the times of their recent posts. */
    public static Optional<Refusal> check(List<Instant> recentPosts, Instant now) {
        Refusal latest = null;
        for (Limit limit : LIMITS) {
            List<Instant> inWindow = recentPosts.stream()
                    .filter(t -> t.isAfter(now.minus(limit.window())))
                    .sorted()
                    .toList();
            if (inWindow.size() >= limit.count()) {
                Instant again = inWindow.get(inWindow.size() - limit.count()).plus(limit.window());
                if (latest == null || again.isAfter(latest.postAgainAt())) {
                    latest = new Refusal(again, limit.words());
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    public record Refusal(Instant postAgainAt, String limit) {}
}

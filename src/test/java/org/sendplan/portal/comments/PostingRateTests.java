package org.sendplan.portal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PostingRateTests {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void fourPostsInAMinuteLeaveRoomForAFifth() {
        assertThat(PostingRate.check(secondsAgo(10, 20, 30, 40), NOW)).isEmpty();
    }

    @Test
    void aSixthPostInAMinuteWaitsUntilTheOldestOfTheFiveIsAMinuteOld() {
        PostingRate.Refusal refusal =
                PostingRate.check(secondsAgo(5, 10, 20, 30, 50), NOW).orElseThrow();
        assertThat(refusal.postAgainAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(refusal.limit()).isEqualTo("5 comments a minute");
    }

    @Test
    void thirtyPostsInAnHourWaitUntilTheOldestIsAnHourOld() {
        List<Instant> spread = IntStream.range(0, 30)
                .mapToObj(i -> NOW.minusSeconds(100 + i * 100L))
                .toList();
        PostingRate.Refusal refusal = PostingRate.check(spread, NOW).orElseThrow();
        assertThat(refusal.limit()).isEqualTo("30 comments an hour");
        assertThat(refusal.postAgainAt())
                .isEqualTo(NOW.minusSeconds(100 + 29 * 100L).plusSeconds(3600));
    }

    @Test
    void postsOlderThanTheWindowDoNotCount() {
        assertThat(PostingRate.check(secondsAgo(61, 70, 80, 90, 100, 110), NOW)).isEmpty();
    }

    private static List<Instant> secondsAgo(long... seconds) {
        return Arrays.stream(seconds).mapToObj(NOW::minusSeconds).toList();
    }
}

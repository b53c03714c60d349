package org.sendplan.portal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EditWindowTests {

    private static final Instant POSTED = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aCommentCanBeEditedForFifteenMinutes() {
        assertThat(EditWindow.isOpen(POSTED, POSTED.plusSeconds(14 * 60 + 59))).isTrue();
    }

    @Test
    void aCommentCannotBeEditedFromFifteenMinutesOn() {
        assertThat(EditWindow.isOpen(POSTED, POSTED.plusSeconds(15 * 60))).isFalse();
        assertThat(EditWindow.closesAt(POSTED)).isEqualTo(Instant.parse("2026-12-02T10:15:00Z"));
    }
}

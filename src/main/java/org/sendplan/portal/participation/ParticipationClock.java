package org.sendplan.portal.participation;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock consultation windows close by; a bean so tests can move time instead of waiting for it. */
@Configuration
class ParticipationClock {

    @Bean
    Clock clock() {
        return Clock.system(Participants.LONDON);
    }
}

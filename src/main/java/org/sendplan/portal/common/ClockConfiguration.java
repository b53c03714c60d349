package org.sendplan.portal.common;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the portal, in London time; a bean so tests move time instead of waiting for it. */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(PortalTime.LONDON);
    }
}

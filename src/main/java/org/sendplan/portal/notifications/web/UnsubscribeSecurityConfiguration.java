package org.sendplan.portal.notifications.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The one-click endpoint's own filter chain, ahead of the portal's: a mail client posts without a session
 * or CSRF token, and the signed token in the address is the only authority.
 */
@Configuration(proxyBeanMethods = false)
class UnsubscribeSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain oneClickUnsubscribeSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(OneClickUnsubscribe.PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }
}

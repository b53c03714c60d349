package org.sendplan.portal.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Optional;
import org.sendplan.portal.identity.SignInService;
import org.sendplan.portal.identity.internal.keycloak.KeycloakSignIn;
import org.sendplan.portal.identity.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalSecurity(
            HttpSecurity http, SignOutRecorder signOutRecorder, Optional<KeycloakSignIn> keycloak) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole("PLATFORM_ADMIN")
                .requestMatchers("/styles/**", "/images/**")
                .permitAll()
                // Schools' published statements are for anyone; the pages themselves show nothing unpublished.
                .requestMatchers("/public/**")
                .permitAll()
                // The API's description holds no data; the API itself has its own chain (api module).
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .permitAll());
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            // People sign in through Keycloak when it is configured, otherwise with the portal's own accounts.
            keycloak.ifPresentOrElse(k -> k.configure(vaadin), () -> vaadin.loginView(LoginView.class));
            vaadin
                    // Unknown addresses reach Vaadin, which answers with the friendly "Page not found".
                    .anyRequest(request -> request.authenticated())
                    .addLogoutHandler(signOutRecorder);
        });
        keycloak.ifPresent(k -> k.configure(http));
        return http.build();
    }

    @Bean
    LocalAccountAuthenticationProvider localAccountAuthenticationProvider(
            PersonAccounts accounts, PasswordEncoder passwordEncoder, SignInService signIn) {
        return new LocalAccountAuthenticationProvider(
                new LocalAccountDetailsService(accounts, signIn), passwordEncoder, signIn);
    }

    /** bcrypt by default, behind a delegating encoder so hashes can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}

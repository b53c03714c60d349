package org.sendplan.portal.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real-browser test: the whole app on a random port (embedded PostgreSQL, demo data) and a fresh
 * headless Chromium page per test, passed to any test or lifecycle method that takes a
 * {@link com.microsoft.playwright.Page}. Every class with this annotation shares one Spring context.
 * Runs only with {@code ./mvnw verify -Pe2e}; see docs/testing.md.
 *
 * <p>Vaadin's development-mode tools are switched off: they are not part of the product people use,
 * and would otherwise sit over the pages being scanned and photographed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
@Tag("e2e")
@ExtendWith(Browser.class)
public @interface BrowserTest {}

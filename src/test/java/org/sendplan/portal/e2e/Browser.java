package org.sendplan.portal.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * JUnit extension behind {@link BrowserTest}: one Playwright and one headless Chromium for the whole
 * test JVM, and a fresh {@link BrowserContext} (no cookies, no session) with one {@link Page} per test,
 * pointed at the app's random port, so {@code page.navigate("/login")} works. When a test fails, a
 * screenshot of its page is kept in {@link #SCREENSHOTS} and named in the failure report.
 *
 * <p>Chromium is the machine's own ({@code /usr/bin/chromium}, or the system property
 * {@code e2e.chromium}); Playwright never downloads a browser.
 */
public final class Browser implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

    /** Where screenshots go: failures, and the pictures journeys keep for people to look at. */
    public static final Path SCREENSHOTS = Paths.get(System.getProperty("e2e.screenshots", "target/e2e-screenshots"));

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);
    private static final String PAGE = "page";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Page resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return pageOf(context).orElseGet(() -> {
            Chromium chromium = context.getRoot()
                    .getStore(NAMESPACE)
                    .computeIfAbsent(Chromium.class, key -> Chromium.launch(), Chromium.class);
            Page page = chromium.newPage(baseUrlOf(context));
            context.getStore(NAMESPACE).put(PAGE, page);
            return page;
        });
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        context.getExecutionException()
                .ifPresent(
                        failure -> pageOf(context).ifPresent(page -> keepScreenshot(page, nameOf(context), failure)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        pageOf(context).ifPresent(page -> {
            context.getStore(NAMESPACE).remove(PAGE);
            page.context().close();
        });
    }

    /**
     * Saves a full-page screenshot as {@code <name>.png} under {@link #SCREENSHOTS} and returns where.
     * Journeys call this to keep pictures for people; it never fails a test.
     */
    public static Optional<Path> screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(safe(name) + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save screenshot " + name + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Photographs the page of a failed test and names the file in the failure report. */
    static void keepScreenshot(Page page, String name, Throwable failure) {
        screenshot(page, name).ifPresent(file -> {
            String where = file.toAbsolutePath().normalize().toString();
            System.err.println("Screenshot of the failure of " + name + ": " + where + " (at " + page.url() + ")");
            failure.addSuppressed(
                    new ScreenshotKept("Screenshot of the page at failure: " + where + " (at " + page.url() + ")"));
        });
    }

    static String nameOf(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        // Parameterised tests: each invocation's display name tells them apart.
        return display.startsWith(context.getRequiredTestMethod().getName() + "(") ? name : name + "-" + display;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+$", "");
    }

    private static Optional<Page> pageOf(ExtensionContext context) {
        return Optional.ofNullable(context.getStore(NAMESPACE).get(PAGE, Page.class));
    }

    private static String baseUrlOf(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        return "http://localhost:" + port;
    }

    /** Not an error: carries the screenshot's location into the failure report. */
    static final class ScreenshotKept extends RuntimeException {
        ScreenshotKept(String message) {
            super(message, null, false, false);
        }
    }

    /** Playwright and Chromium, started once per JVM and closed by JUnit when the run ends. */
    private record Chromium(Playwright playwright, com.microsoft.playwright.Browser browser) implements AutoCloseable {

        static final List<String> ARGUMENTS = List.of(
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run");

        static Chromium launch() {
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                com.microsoft.playwright.Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(Paths.get(System.getProperty("e2e.chromium", "/usr/bin/chromium")))
                                .setHeadless(true)
                                .setArgs(ARGUMENTS));
                return new Chromium(playwright, browser);
            } catch (RuntimeException e) {
                playwright.close();
                throw new IllegalStateException(
                        "Could not start Chromium; install it with "
                                + "'apt-get install -y chromium chromium-driver' (see docs/testing.md)",
                        e);
            }
        }

        Page newPage(String baseUrl) {
            BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setBaseURL(baseUrl)
                    .setLocale("en-GB")
                    .setTimezoneId("Europe/London")
                    .setViewportSize(1280, 900));
            context.setDefaultTimeout(30_000);
            return context.newPage();
        }

        @Override
        public void close() {
            try {
                browser.close();
            } finally {
                playwright.close();
            }
        }
    }
}

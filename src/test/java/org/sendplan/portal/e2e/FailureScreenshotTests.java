package org.sendplan.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@link Browser} extension keeps a screenshot of the page when a test fails, and names the file
 * in the failure; a test that passes leaves none. Driven through the extension's own callback with
 * a stand-in for JUnit's context, on a real page.
 */
@BrowserTest
class FailureScreenshotTests {

    @Test
    void aFailingTestLeavesAScreenshotOfItsPageNamedInTheFailure(Page page) throws Exception {
        SignInPage.open(page);
        AssertionError failure = new AssertionError("the page was not what the test expected");
        Path expected = Browser.SCREENSHOTS.resolve("FailureScreenshotTests-pretendFailingTest.png");
        Files.deleteIfExists(expected);

        new Browser().afterTestExecution(contextOf("pretendFailingTest", Optional.of(failure), page));

        assertThat(expected).exists();
        byte[] png = Files.readAllBytes(expected);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(5_000);
        assertThat(failure.getSuppressed())
                .singleElement()
                .extracting(Throwable::getMessage)
                .asString()
                .contains(expected.getFileName().toString(), "/login");
        Files.delete(expected);
    }

    @Test
    void aPassingTestLeavesNoScreenshot(Page page) throws Exception {
        SignInPage.open(page);
        Path wouldBe = Browser.SCREENSHOTS.resolve("FailureScreenshotTests-pretendPassingTest.png");
        Files.deleteIfExists(wouldBe);

        new Browser().afterTestExecution(contextOf("pretendPassingTest", Optional.empty(), page));

        assertThat(wouldBe).doesNotExist();
    }

    /** JUnit's context for a test that ran on the given page and ended as given. */
    private ExtensionContext contextOf(String testName, Optional<Throwable> outcome, Page page) throws IOException {
        ExtensionContext context = mock(ExtensionContext.class);
        ExtensionContext.Store store = mock(ExtensionContext.Store.class);
        Method method = pretendTestMethod(testName);
        when(context.getExecutionException()).thenReturn(outcome);
        when(context.getRequiredTestClass()).thenAnswer(invocation -> FailureScreenshotTests.class);
        when(context.getRequiredTestMethod()).thenReturn(method);
        when(context.getDisplayName()).thenReturn(testName + "()");
        when(context.getStore(org.mockito.ArgumentMatchers.any())).thenReturn(store);
        when(store.get("page", Page.class)).thenReturn(page);
        return context;
    }

    private static Method pretendTestMethod(String name) {
        try {
            return FailureScreenshotTests.class.getDeclaredMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    void pretendFailingTest() {}

    void pretendPassingTest() {}
}

package org.sendplan.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 375 px wide phone screen: the pages fit the width and everything needed is in reach. */
@BrowserTest
class SmallScreenTests {

    private static final int WIDTH = 375;

    @Test
    void theDashboardFitsA375PixelScreenWithNavigationAndSignOutInReach(Page page) {
        page.setViewportSize(WIDTH, 812);
        Shell shell = DemoUser.TENANT_ADMIN.signIn(page);

        assertNoHorizontalScroll(page, "dashboard");
        assertThat(shell.dashboard().heading()).isEqualTo(DemoUser.TENANT_ADMIN.tenantName());
        assertWithinScreen(page, shell.signOutButton().boundingBox(), "Sign out button");
        assertWithinScreen(page, shell.drawerToggle().boundingBox(), "menu button");
        Browser.screenshot(page, "small-screen-dashboard-" + DemoUser.TENANT_ADMIN.username());
        AccessibilityScan.assertNoViolations(page, "the dashboard on a 375 px screen");

        // The navigation sits in a drawer behind the menu button, and still works.
        shell.drawerToggle().click();
        page.locator("vaadin-side-nav").waitFor();
        Vaadin.waitUntilSettled(page);
        assertThat(shell.navigationLinks())
                .extracting(Shell.NavigationLink::title)
                .containsAll(DemoUser.TENANT_ADMIN.navigation());
        assertWithinScreen(page, page.locator("vaadin-side-nav-item").first().boundingBox(), "first navigation link");
        Browser.screenshot(page, "small-screen-navigation-" + DemoUser.TENANT_ADMIN.username());
        AccessibilityScan.assertNoViolations(page, "the open navigation drawer on a 375 px screen");

        shell.open("Organisations");
        assertNoHorizontalScroll(page, "organisations");
        Browser.screenshot(page, "small-screen-organisations-" + DemoUser.TENANT_ADMIN.username());
        shell.signOut();
        assertNoHorizontalScroll(page, "sign-in page");
    }

    /** The document is no wider than the screen, and no element pokes out to the right of it. */
    private static void assertNoHorizontalScroll(Page page, String where) {
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        Number clientWidth = (Number) page.evaluate("() => document.documentElement.clientWidth");
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('main *')]
                    .filter(element => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                        && element.getBoundingClientRect().width > 0
                        && !element.closest('vaadin-grid'))
                    .map(element => element.tagName.toLowerCase() + (element.className ? '.' + element.className : ''))""");
        assertThat(scrollWidth.intValue())
                .as("document width on the %s (wider than the %d px screen means scrolling sideways)", where, WIDTH)
                .isLessThanOrEqualTo(clientWidth.intValue());
        assertThat(overflowing)
                .as("elements reaching past the right edge of the %s", where)
                .isEmpty();
    }

    private static void assertWithinScreen(Page page, BoundingBox box, String what) {
        assertThat(box).as(what + " is shown").isNotNull();
        assertThat(box.x).as(what + " left edge").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as(what + " right edge").isLessThanOrEqualTo(WIDTH);
        assertThat(box.width).as(what + " width").isGreaterThanOrEqualTo(24);
        assertThat(box.height).as(what + " height").isGreaterThanOrEqualTo(24);
    }
}

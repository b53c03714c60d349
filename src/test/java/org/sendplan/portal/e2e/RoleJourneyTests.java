package org.sendplan.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 3: every demo role signs in, lands on their tenant's home page, visits every page the
 * navigation offers them, and signs out; every page reached passes an axe-core WCAG 2.x A/AA scan.
 * Pictures of each landing page and each page visited are kept in target/e2e-screenshots/ for people to look at.
 */
@BrowserTest
class RoleJourneyTests {

    private static final List<String> ERROR_HEADINGS =
            List.of("You do not have access to this page", "Page not found", "Something went wrong");

    @ParameterizedTest(name = "{0}")
    @EnumSource(DemoUser.class)
    void signsInVisitsEveryPageTheirRoleReachesAndSignsOut(DemoUser user, Page page) {
        SignInPage signInPage = SignInPage.open(page);
        AccessibilityScan.assertNoViolations(page, "the sign-in page");

        Shell shell;
        if (user.choosesTenant()) {
            ChooseTenantPage choice = signInPage.signInAsMemberOfSeveral(user.username());
            assertThat(choice.choices())
                    .contains("Warwickshire County Council", "Solihull Metropolitan Borough Council");
            AccessibilityScan.assertNoViolations(page, "choosing a local authority");
            shell = choice.choose(user.tenantName());
        } else {
            shell = signInPage.signInAs(user.username());
        }

        assertThat(shell.tenantName()).isEqualTo(user.tenantName());
        if (user == DemoUser.PLATFORM_ADMIN) {
            assertThat(path(page)).isEqualTo("/platform");
            assertThat(shell.heading()).isEqualTo("Local authorities");
        } else {
            assertThat(path(page)).startsWith("/t/");
            assertThat(shell.dashboard().heading()).isEqualTo(user.tenantName());
        }
        Browser.screenshot(page, "landing-" + user.username());
        AccessibilityScan.assertNoViolations(page, user + "'s landing page");
        String landing = page.url();

        List<Shell.NavigationLink> links = shell.navigationLinks();
        assertThat(links)
                .extracting(Shell.NavigationLink::title)
                .containsAll(user.navigation())
                .doesNotContainAnyElementsOf(user.notInNavigation());
        for (Shell.NavigationLink link : links) {
            if (!Shell.isShownIn(page)) {
                page.navigate(landing);
                shell = Shell.shownIn(page);
            }
            shell.open(link);
            String heading = page.locator("main h1").first().textContent().strip();
            assertThat(heading).as("heading of %s", link).isNotBlank().isNotIn(ERROR_HEADINGS);
            Browser.screenshot(page, "page-" + user.username() + "-" + link.title());
            AccessibilityScan.assertNoViolations(page, link.toString());
            if (link.title().equals("Organisations")) {
                visitFirstOrganisation(page, shell);
            }
        }

        if (!Shell.isShownIn(page)) {
            page.navigate(landing);
            shell = Shell.shownIn(page);
        }
        SignInPage afterSignOut = shell.signOut();
        assertThat(path(afterSignOut.page())).isEqualTo("/login");
        // Signed out for real: the landing page now sends them back to sign in.
        page.navigate(landing);
        SignInPage.shownIn(page);
    }

    /** Organisation pages are reached from the list rather than the navigation. */
    private static void visitFirstOrganisation(Page page, Shell shell) {
        String name =
                shell.organisations().organisationLinks().first().textContent().strip();
        shell.organisations().open(name);
        assertThat(shell.heading()).isEqualTo(name);
        AccessibilityScan.assertNoViolations(page, "organisation page of " + name);
    }

    private static String path(Page page) {
        return URI.create(page.url()).getPath();
    }
}

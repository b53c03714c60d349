package org.sendplan.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The frame around every signed-in screen (MainLayout): the tenant's name, the side navigation and
 * "Sign out". Screen-specific page objects ({@link DashboardPage}, {@link OrganisationsPage}) work
 * inside it.
 */
public final class Shell {

    /** One entry of the side navigation: its words and the address it leads to. */
    public record NavigationLink(String title, String path) {
        @Override
        public String toString() {
            return title + " (" + path + ")";
        }
    }

    private final Page page;

    private Shell(Page page) {
        this.page = page;
    }

    /** The shell, once the browser shows it. */
    public static Shell shownIn(Page page) {
        page.locator("vaadin-app-layout").waitFor();
        page.locator("main h1").first().waitFor();
        Vaadin.waitUntilSettled(page);
        return new Shell(page);
    }

    /** Whether the current screen sits in the shell (choosing a tenant, for instance, does not). */
    public static boolean isShownIn(Page page) {
        return page.locator("vaadin-app-layout").count() > 0;
    }

    /** The local authority named in the header ("Platform" for a platform administrator outside any). */
    public String tenantName() {
        return page.locator(".tenant-name").textContent().strip();
    }

    /** The signed-in person and their roles, as the header shows them. */
    public String signedInPerson() {
        return page.locator(".signed-in-person").textContent().strip();
    }

    /** The main heading of the screen shown. */
    public String heading() {
        return page.locator("main h1").first().textContent().strip();
    }

    /** The side navigation, top to bottom, with absolute paths (Vaadin keeps them relative to the app's root). */
    @SuppressWarnings("unchecked")
    public List<NavigationLink> navigationLinks() {
        List<Map<String, String>> items =
                (List<Map<String, String>>) page.locator("vaadin-side-nav").evaluate("""
                nav => [...nav.querySelectorAll('vaadin-side-nav-item')]
                    .map(item => ({title: item.textContent.trim(), path: item.getAttribute('path')}))""");
        return items.stream()
                .map(item -> new NavigationLink(
                        item.get("title"), "/" + item.get("path").replaceFirst("^/", "")))
                .toList();
    }

    /**
     * Follows a navigation link as a person would, by clicking it, and waits for the screen it leads
     * to. That screen may be outside the shell (see {@link #isShownIn}).
     */
    public void open(NavigationLink link) {
        navigationItem(link.title()).click();
        page.waitForURL(url -> URI.create(url).getPath().equals(link.path()));
        page.locator("main h1").first().waitFor();
        Vaadin.waitUntilSettled(page);
    }

    /** Opens a screen by its navigation title and returns the shell around it. */
    public Shell open(String title) {
        NavigationLink link = navigationLinks().stream()
                .filter(l -> l.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No navigation link '" + title + "' in " + navigationLinks()));
        open(link);
        return shownIn(page);
    }

    public DashboardPage dashboard() {
        return new DashboardPage(page);
    }

    public OrganisationsPage organisations() {
        return new OrganisationsPage(page);
    }

    public PlanListPage plans() {
        return new PlanListPage(page);
    }

    /** On a narrow screen the navigation is a drawer behind the menu button. */
    public Locator drawerToggle() {
        return page.locator("vaadin-drawer-toggle");
    }

    public Locator signOutButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"));
    }

    /** Signs out and waits for the sign-in page. */
    public SignInPage signOut() {
        signOutButton().click();
        return SignInPage.shownIn(page);
    }

    private Locator navigationItem(String title) {
        return page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText(title))
                .first();
    }

    public Page page() {
        return page;
    }
}

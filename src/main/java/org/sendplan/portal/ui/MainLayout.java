package org.sendplan.portal.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignInService;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.identity.ui.TenantSwitch;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.TenantSummary;
import org.springframework.security.access.AccessDeniedException;

/**
 * The shell around every signed-in screen: the tenant's name, the person and their roles, sign-out,
 * and the navigation their roles allow. Screens under {@code t/:tenant} run in that tenant only.
 */
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    public static final String TENANT_PARAMETER = "tenant";

    private final SignInService signIn;
    private final AccessAnnotationChecker accessChecker;
    private final List<NavigationCondition> conditions;
    private final Main main = new Main();
    private final SideNav navigation = new SideNav();
    private final Span tenantName = new Span();
    private final CurrentUser currentUser;

    private final TenantSwitch tenantSwitch;

    MainLayout(
            SignInService signIn,
            AccessAnnotationChecker accessChecker,
            AuthenticationContext authentication,
            List<NavigationCondition> conditions,
            List<HeaderItem> headerItems,
            CurrentUser currentUser,
            TenantSwitch tenantSwitch) {
        this.tenantSwitch = tenantSwitch;

        this.currentUser = currentUser;
        this.signIn = signIn;
        this.accessChecker = accessChecker;
        this.conditions = conditions;
        SignedInUser user = currentUser.require();

        Anchor skipLink = new Anchor("#main-content", "Skip to main content");
        skipLink.addClassName("skip-link");
        // Vaadin's router takes in-page links over, so move focus to the content ourselves, as the link promises.
        skipLink.getElement()
                .executeJs("this.addEventListener('click', event => {"
                        + " event.preventDefault(); document.getElementById('main-content').focus(); })");
        Span product = new Span("SEND Plan Portal");
        product.addClassName("product-name");
        tenantName.addClassName("tenant-name");
        Div title = new Div(product, tenantName);
        title.addClassName("shell-title");

        Span person = new Span(user.displayName() + rolesOf(user));
        person.addClassName("signed-in-person");
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div account = new Div();
        headerItems.stream()
                .map(item -> item.create(user))
                .filter(Objects::nonNull)
                .forEach(account::add);
        account.add(person, signOut);
        account.addClassName("shell-account");

        addToNavbar(skipLink, new DrawerToggle(), title, account);
        navigation.setLabel("Main navigation");
        addToDrawer(navigation);
        main.setId("main-content");
        main.addClassName("main-content");
        // The content area scrolls apart from the header; being focusable lets keyboard users scroll it even on a
        // page with nothing else to focus (WCAG 2.1.1), and lets the skip link move focus here.
        main.getElement().setAttribute("tabindex", "0");
        setContent(main);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(content.getElement());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = currentUser.require();
        Optional<String> requestedTenant = event.getRouteParameters().get(TENANT_PARAMETER);
        if (requestedTenant.isPresent()
                && !requestedTenant
                        .get()
                        .equals(user.currentTenant().map(TenantSummary::slug).orElse(null))) {
            boolean member = signIn.activeTenantsOfCurrentUser().stream()
                    .anyMatch(m -> m.tenant().slug().equals(requestedTenant.get()));
            if (!member) {
                event.rerouteToError(new AccessDeniedException("Not a member of " + requestedTenant.get()), "");
                return;
            }
            // A shared link into another of the person's tenants: move the session there and reload with its roles.
            tenantSwitch.switchTo(requestedTenant.get());
            UI.getCurrent().getPage().setLocation(event.getLocation().getPathWithQueryParameters());
            return;
        }
        tenantName.setText(user.currentTenant().map(TenantSummary::name).orElse("Platform"));
        buildNavigation(user);
    }

    private void buildNavigation(SignedInUser user) {
        navigation.removeAll();
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(NavigationItem.class))
                .filter(route -> accessChecker.hasAccess(route.getNavigationTarget()))
                .filter(route ->
                        conditions.stream().noneMatch(condition -> condition.hides(route.getNavigationTarget())))
                .sorted(Comparator.comparingInt(route -> route.getNavigationTarget()
                        .getAnnotation(NavigationItem.class)
                        .order()))
                .toList();
        for (RouteData route : routes) {
            boolean tenantRoute = route.getTemplate().contains(":" + TENANT_PARAMETER);
            if (tenantRoute && user.tenant() == null) {
                continue;
            }
            String url = tenantRoute
                    ? RouteConfiguration.forSessionScope()
                            .getUrl(
                                    route.getNavigationTarget(),
                                    new RouteParameters(
                                            TENANT_PARAMETER, user.tenant().slug()))
                    : RouteConfiguration.forSessionScope().getUrl(route.getNavigationTarget());
            navigation.addItem(new SideNavItem(
                    route.getNavigationTarget()
                            .getAnnotation(NavigationItem.class)
                            .title(),
                    "/" + url));
        }
        if (signIn.activeTenantsOfCurrentUser().size() > 1) {
            navigation.addItem(new SideNavItem("Switch local authority", "/choose-tenant"));
        }
    }

    private static String rolesOf(SignedInUser user) {
        String roles = user.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "));
        if (user.platformAdmin()) {
            roles = roles.isEmpty() ? Role.PLATFORM_ADMIN.label() : Role.PLATFORM_ADMIN.label() + ", " + roles;
        }
        return roles.isEmpty() ? "" : " (" + roles + ")";
    }
}

package org.sendplan.portal;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.security.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sendplan.portal.identity.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Browserless UI tests: the real views, services and database, with Vaadin faked in memory. The
 * faked request answers "who is this, in which role" from Spring Security, as the real filter would.
 */
@PortalTest
public abstract class UiTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.sendplan.portal");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected SignedIn signedIn;

    @BeforeEach
    void startVaadin() {
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                return SecurityContextHolder.getContext().getAuthentication();
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication authentication =
                        SecurityContextHolder.getContext().getAuthentication();
                return authentication != null
                        && authentication.getAuthorities().stream()
                                .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role));
            }
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        signedIn.out();
    }

    /** Signs in through the real password check, then opens the given address. */
    protected SignedInUser signInAndOpen(String username, String location) {
        SignedInUser user = signedIn.as(username);
        // Vaadin keeps the security context in the HTTP session; put it where the real filter would.
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        SecurityContextHolder.getContext());
        UI.getCurrent().navigate(location);
        return user;
    }
}

package org.sendplan.portal.identity.ui;

import com.vaadin.flow.server.VaadinSession;
import org.sendplan.portal.identity.PortalAuthentication;
import org.sendplan.portal.identity.SignInService;
import org.sendplan.portal.identity.SignedInUser;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** Moves the browser session into another local authority of the signed-in person. */
@Component
public class TenantSwitch {

    private final SignInService signIn;

    TenantSwitch(SignInService signIn) {
        this.signIn = signIn;
    }

    public SignedInUser switchTo(String tenantSlug) {
        SecurityContext switched = signIn.switchTo(tenantSlug);
        // Vaadin reads the context from the HTTP session before the thread, so the session copy is the one that counts.
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, switched);
        }
        return ((PortalAuthentication) switched.getAuthentication()).getPrincipal();
    }
}

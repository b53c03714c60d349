package org.sendplan.portal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import jakarta.servlet.http.HttpServletResponse;
import org.sendplan.portal.identity.SecurityEventKind;
import org.sendplan.portal.identity.SecurityEventLog;
import org.sendplan.portal.identity.SignInService;

/** What every refusal shows a signed-in person, and the line it leaves in the sign-in log. */
abstract class AccessRefusalPage extends ErrorPage {

    private final SignInService signIn;
    private final SecurityEventLog securityEvents;

    AccessRefusalPage(SignInService signIn, SecurityEventLog securityEvents) {
        this.signIn = signIn;
        this.securityEvents = securityEvents;
    }

    int refuse(BeforeEnterEvent event) {
        signIn.currentUser()
                .ifPresent(user -> securityEvents.record(
                        SecurityEventKind.ACCESS_DENIED,
                        user,
                        "/" + event.getLocation().getPath()));
        show(
                "You do not have access to this page",
                "Your role in this local authority does not include this page or record. "
                        + "If you think you should have access, ask your local authority's system owner.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}

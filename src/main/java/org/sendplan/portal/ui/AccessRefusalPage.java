package org.sendplan.portal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import jakarta.servlet.http.HttpServletResponse;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SecurityEventKind;
import org.sendplan.portal.identity.SecurityEventLog;

/** What every refusal shows a signed-in person, and the line it leaves in the sign-in log. */
abstract class AccessRefusalPage extends ErrorPage {

    private final CurrentUser currentUser;
    private final SecurityEventLog securityEvents;

    AccessRefusalPage(CurrentUser currentUser, SecurityEventLog securityEvents) {
        this.currentUser = currentUser;
        this.securityEvents = securityEvents;
    }

    int refuse(BeforeEnterEvent event) {
        currentUser
                .find()
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

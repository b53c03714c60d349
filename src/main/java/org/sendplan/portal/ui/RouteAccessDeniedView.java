package org.sendplan.portal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.sendplan.portal.identity.SecurityEventKind;
import org.sendplan.portal.identity.SecurityEventLog;
import org.sendplan.portal.identity.SignInService;

/** Vaadin's own refusal of a route (its access annotations), shown and logged like any other denial. */
@PageTitle("You do not have access – SEND Plan Portal")
@AnonymousAllowed
public class RouteAccessDeniedView extends ErrorPage implements HasErrorParameter<com.vaadin.flow.router.AccessDeniedException> {

    private final SignInService signIn;
    private final SecurityEventLog securityEvents;

    RouteAccessDeniedView(SignInService signIn, SecurityEventLog securityEvents) {
        this.signIn = signIn;
        this.securityEvents = securityEvents;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<com.vaadin.flow.router.AccessDeniedException> parameter) {
        signIn.currentUser().ifPresent(user -> securityEvents.record(SecurityEventKind.ACCESS_DENIED, user.username(), user.personId(),
                user.currentTenant().map(t -> List.of(t.id())).orElse(List.of()), "/" + event.getLocation().getPath()));
        show("You do not have access to this page", "Your role in this local authority does not include this page. "
                + "If you think you should have access, ask your local authority's system owner.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}

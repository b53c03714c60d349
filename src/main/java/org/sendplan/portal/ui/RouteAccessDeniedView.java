package org.sendplan.portal.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SecurityEventLog;

/** Vaadin's own refusal of a route (its access annotations), shown and logged like any other denial. */
@PageTitle("You do not have access – SEND Plan Portal")
@AnonymousAllowed
public class RouteAccessDeniedView extends AccessRefusalPage implements HasErrorParameter<AccessDeniedException> {

    RouteAccessDeniedView(CurrentUser currentUser, SecurityEventLog securityEvents) {
        super(currentUser, securityEvents);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return refuse(event);
    }
}

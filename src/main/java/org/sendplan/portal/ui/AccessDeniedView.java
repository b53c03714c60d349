package org.sendplan.portal.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SecurityEventLog;
import org.springframework.security.access.AccessDeniedException;

/** A service refused a record to a signed-in person (another school, another tenant's link). */
@PageTitle("You do not have access – SEND Plan Portal")
@AnonymousAllowed
public class AccessDeniedView extends AccessRefusalPage implements HasErrorParameter<AccessDeniedException> {

    AccessDeniedView(CurrentUser currentUser, SecurityEventLog securityEvents) {
        super(currentUser, securityEvents);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return refuse(event);
    }
}

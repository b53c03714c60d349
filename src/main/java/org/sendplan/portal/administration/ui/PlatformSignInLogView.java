package org.sendplan.portal.administration.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sendplan.portal.identity.SecurityEventLog;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

@Route(value = "platform/sign-in-log", layout = MainLayout.class)
@PageTitle("Platform sign-in log – SEND Plan Portal")
@NavigationItem(title = "Platform sign-in log", order = 910)
@RolesAllowed("PLATFORM_ADMIN")
public class PlatformSignInLogView extends Div {

    PlatformSignInLogView(SecurityEventLog log) {
        addClassName("page");
        add(
                new H1("Platform sign-in log"),
                new Paragraph(
                        "Sign-ins and failures that belong to no local authority: platform administrators and unknown usernames. "
                                + "Each local authority's own log is kept apart, for its administrators."),
                new SecurityEventGrid(log.recentPlatformEvents()));
    }
}

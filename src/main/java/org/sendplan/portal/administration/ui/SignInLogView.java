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

@Route(value = "t/:tenant/admin/sign-in-log", layout = MainLayout.class)
@PageTitle("Sign-in log – SEND Plan Portal")
@NavigationItem(title = "Sign-in log", order = 820)
@RolesAllowed("TENANT_ADMIN")
public class SignInLogView extends Div {

    SignInLogView(SecurityEventLog log) {
        addClassName("page");
        add(
                new H1("Sign-in log"),
                new Paragraph(
                        "The latest 500 sign-ins, failed sign-ins, sign-outs and refusals of people in your local authority."),
                new SecurityEventGrid(log.recentInCurrentTenant()));
    }
}

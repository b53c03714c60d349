package org.sendplan.portal.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignInService;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.tenancy.TenantMembership;

/** After sign-in, a person who belongs to several local authorities picks one to work in. */
@Route("choose-tenant")
@PageTitle("Choose a local authority – SEND Plan Portal")
@PermitAll
public class ChooseTenantView extends Main {

    private final CurrentUser currentUser;
    private final TenantSwitch tenantSwitch;

    ChooseTenantView(SignInService signIn, CurrentUser currentUser, TenantSwitch tenantSwitch) {
        this.tenantSwitch = tenantSwitch;

        this.currentUser = currentUser;
        addClassName("narrow-page");
        SignedInUser user = currentUser.require();
        List<TenantMembership> tenants = signIn.activeTenantsOfCurrentUser();
        add(new H1("Choose a local authority"));
        if (tenants.isEmpty()) {
            add(new Paragraph("You are not a member of any local authority that is using the portal now."));
            return;
        }
        add(new Paragraph("You belong to more than one local authority. Choose the one you want to work in; "
                + "you can switch later from the top of any page."));
        VerticalLayout choices = new VerticalLayout();
        choices.setPadding(false);
        for (TenantMembership membership : tenants) {
            Button choose = new Button(membership.tenant().name(), click -> {
                tenantSwitch.switchTo(membership.tenant().slug());
                UI.getCurrent()
                        .getPage()
                        .setLocation(TenantAddress.route(membership.tenant().slug()));
            });
            choices.add(choose);
        }
        add(choices);
    }
}

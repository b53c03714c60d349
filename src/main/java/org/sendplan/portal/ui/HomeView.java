package org.sendplan.portal.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignInService;
import org.sendplan.portal.identity.SignedInUser;

/** The address everyone starts at: sends each person to their tenant's home page, or to choose one. */
@Route("")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    private final SignInService signIn;
    private final CurrentUser currentUser;

    HomeView(SignInService signIn, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.signIn = signIn;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = currentUser.require();
        if (user.tenant() != null) {
            event.forwardTo(TenantAddress.route(user.tenant().slug()));
        } else if (signIn.activeTenantsOfCurrentUser().size() > 1) {
            event.forwardTo("choose-tenant");
        } else if (user.platformAdmin()) {
            event.forwardTo("platform");
        } else {
            event.forwardTo("choose-tenant");
        }
    }
}

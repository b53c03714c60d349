package org.sendplan.portal.identity.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Keycloak knows the person, but the portal cannot let them in (their organisation is not a local
 * authority here, they have no portal role, ...): says why in words, and how to try as someone else.
 */
@Route(SignInRefusedView.ROUTE)
@PageTitle("You could not be signed in – SEND Plan Portal")
@AnonymousAllowed
public class SignInRefusedView extends Main {

    public static final String ROUTE = "sign-in-refused";
    /** Session attributes set by the sign-in code: why, in words for the person, and where to end the Keycloak session. */
    public static final String REASON = SignInRefusedView.class.getName() + ".reason";

    public static final String KEYCLOAK_SIGN_OUT = SignInRefusedView.class.getName() + ".keycloakSignOut";

    SignInRefusedView() {
        addClassName("narrow-page");
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Object reason = session.getAttribute(REASON);
        add(
                new H1("You could not be signed in"),
                new Paragraph(
                        reason != null
                                ? reason.toString()
                                : "Signing in through your organisation's sign-in service did not work. Try again; if it keeps happening, "
                                        + "tell your local authority's system owner."));
        if (session.getAttribute(KEYCLOAK_SIGN_OUT) instanceof String signOut) {
            add(new Paragraph(
                    new Anchor(signOut, "Sign out of Keycloak"), new Text(" to sign in with a different account.")));
        } else {
            add(new Anchor("/", "Try again"));
        }
    }
}

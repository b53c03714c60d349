package org.sendplan.portal.identity.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sendplan.portal.identity.internal.keycloak.KeycloakSignIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

@Route("login")
@PageTitle("Sign in – SEND Plan Portal")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final boolean keycloak;

    LoginView(
            @Value("${portal.demo-data:false}") boolean demoData,
            @Value("${portal.keycloak.issuer-uri:}") String keycloakIssuer) {
        this.keycloak = !keycloakIssuer.isBlank();
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(
                new H1("SEND Plan Portal"),
                new Paragraph("Sign in to co-produce and deliver your local area's SEND improvement plan."),
                form);
        if (demoData) {
            Paragraph demo = new Paragraph("This installation has demo data. Demo accounts such as "
                    + "'warwickshire.officer' use the password 'demo-password-2026' (see README).");
            demo.addClassName("hint");
            add(demo);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (keycloak) {
            // With Keycloak configured there are no passwords here: an old bookmark leads to Keycloak's login page.
            event.forwardToUrl(KeycloakSignIn.SIGN_IN_PATH);
            return;
        }
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Object failure = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage message = i18n.getErrorMessage();
        message.setTitle("You could not be signed in");
        message.setMessage(
                failure instanceof AuthenticationException e && !(e instanceof BadCredentialsException)
                        ? e.getMessage()
                        : "The username or password is not right. Check them and try again.");
        form.setI18n(i18n);
        form.setError(true);
    }
}

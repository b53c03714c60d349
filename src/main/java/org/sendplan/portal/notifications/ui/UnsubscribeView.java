package org.sendplan.portal.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sendplan.portal.notifications.NotificationSettings;
import org.sendplan.portal.notifications.NotificationType;

/**
 * Where an e-mail's unsubscribe link lands, signed in or not. Opening it changes nothing (mail scanners
 * open links); one press switches that type, or all e-mail, off.
 */
@Route("unsubscribe")
@PageTitle("Stop notification e-mail – SEND Plan Portal")
@AnonymousAllowed
public class UnsubscribeView extends Main implements BeforeEnterObserver {

    private final NotificationSettings settings;
    private final Paragraph message = new Paragraph();
    private final Div actions = new Div();

    UnsubscribeView(NotificationSettings settings) {
        this.settings = settings;
        addClassName("page");
        message.getElement().setAttribute("role", "status");
        add(new H1("Stop notification e-mail"), message, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        actions.removeAll();
        settings.typeOfToken(token).ifPresentOrElse(type -> offer(token, type), this::refuse);
    }

    private void offer(String token, NotificationType type) {
        message.setText("You get e-mail about \"" + type.label() + "\". You will still see these in the portal.");
        Button one = new Button("Stop e-mail about " + type.label().toLowerCase(), click -> done(token, false));
        one.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button all = new Button("Stop all e-mail from the portal", click -> done(token, true));
        actions.add(one, all);
    }

    private void done(String token, boolean everything) {
        actions.removeAll();
        settings.unsubscribe(token, everything)
                .ifPresentOrElse(
                        type -> message.setText(
                                everything
                                        ? "Done. You will get no more notification e-mail. You can change this in the portal's notification settings."
                                        : "Done. You will get no more e-mail about \"" + type.label() + "\"."),
                        this::refuse);
        actions.add(new Anchor("/", "Go to the portal"));
    }

    private void refuse() {
        message.setText(
                "This link has expired or is not valid. Sign in and open Notification settings to choose which e-mail you get.");
        actions.add(new Anchor("/", "Sign in"));
    }
}

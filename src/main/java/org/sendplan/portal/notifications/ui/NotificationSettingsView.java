package org.sendplan.portal.notifications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.notifications.Delivery;
import org.sendplan.portal.notifications.NotificationSettings;
import org.sendplan.portal.notifications.NotificationType;
import org.sendplan.portal.ui.MainLayout;

/** How each type of notification reaches the person by e-mail; each choice is saved as it is made. */
@Route(value = "t/:tenant/notifications/settings", layout = MainLayout.class)
@PageTitle("Notification settings – SEND Plan Portal")
@PermitAll
public class NotificationSettingsView extends Div implements BeforeEnterObserver {

    private final NotificationSettings settings;
    private final Div choices = new Div();
    private final Paragraph saved = new Paragraph();
    private final Anchor back = new Anchor();

    NotificationSettingsView(NotificationSettings settings) {
        this.settings = settings;
        addClassName("page");
        back.setText("Back to notifications");
        saved.getElement().setAttribute("role", "status");
        add(
                new H1("Notification settings"),
                back,
                new Paragraph("Everything shows in the portal's notifications. Choose which "
                        + "you also get by e-mail: at once, in one e-mail a day, or not at all."),
                choices,
                saved);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters()
                .get(MainLayout.TENANT_PARAMETER)
                .ifPresent(tenant -> back.setHref(TenantAddress.of(tenant, "notifications")));
        choices.removeAll();
        Map<NotificationType, Delivery> mine = settings.mine();
        mine.forEach((type, delivery) -> choices.add(choice(type, delivery)));
    }

    private RadioButtonGroup<Delivery> choice(NotificationType type, Delivery delivery) {
        RadioButtonGroup<Delivery> group = new RadioButtonGroup<>(type.label());
        group.setItems(Delivery.values());
        group.setItemLabelGenerator(Delivery::label);
        group.setValue(delivery);
        group.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                settings.change(type, change.getValue());
                saved.setText("Saved: " + type.label() + " – "
                        + change.getValue().label().toLowerCase());
            }
        });
        return group;
    }
}

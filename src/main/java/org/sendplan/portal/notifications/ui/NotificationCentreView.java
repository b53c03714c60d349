package org.sendplan.portal.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.notifications.NotificationSummary;
import org.sendplan.portal.notifications.Notifications;
import org.sendplan.portal.ui.MainLayout;

/** The person's own notifications, newest first: each links to its subject and can be marked read. */
@Route(value = "t/:tenant/notifications", layout = MainLayout.class)
@PageTitle("Notifications – SEND Plan Portal")
@PermitAll
public class NotificationCentreView extends Div implements BeforeEnterObserver {

    private final Notifications notifications;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph("You have no notifications.");
    private final Button markAll = new Button("Mark all as read", click -> markAllRead());
    private final Anchor settings = new Anchor();

    NotificationCentreView(Notifications notifications) {
        this.notifications = notifications;
        addClassName("page");
        settings.setText("Notification settings");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        list.addClassName("notification-list");
        list.getElement().setAttribute("aria-label", "Your notifications");
        add(new H1("Notifications"), new Div(settings, markAll), empty, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters()
                .get(MainLayout.TENANT_PARAMETER)
                .ifPresent(tenant -> settings.setHref(TenantAddress.of(tenant, "notifications/settings")));
        refresh();
    }

    private void refresh() {
        List<NotificationSummary> mine = notifications.mine();
        list.removeAll();
        mine.forEach(n -> list.add(item(n)));
        empty.setVisible(mine.isEmpty());
        markAll.setEnabled(mine.stream().anyMatch(n -> !n.read()));
    }

    private ListItem item(NotificationSummary n) {
        // Text, never HTML: a summary carries what people typed.
        Anchor link = new Anchor(n.link(), n.summary());
        link.getElement().addEventListener("click", click -> notifications.markRead(n.id()));
        Span when = new Span(n.type().label() + " · " + DisplayFormats.DAY_AND_TIME.format(n.createdAt()));
        when.addClassName("notification-meta");
        ListItem item = new ListItem(link, when);
        item.addClassName(n.read() ? "notification-read" : "notification-unread");
        if (!n.read()) {
            Span unread = new Span("Unread");
            unread.getElement().getThemeList().add("badge");
            Button markRead = new Button("Mark as read", click -> {
                notifications.markRead(n.id());
                changed();
            });
            markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            markRead.getElement().setAttribute("aria-label", "Mark as read: " + n.summary());
            item.add(unread, markRead);
        }
        return item;
    }

    private void markAllRead() {
        notifications.markAllRead();
        changed();
    }

    private void changed() {
        refresh();
        NotificationBell.unreadChanged(UI.getCurrent());
    }
}

package org.sendplan.portal.notifications.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.notifications.Notifications;

/**
 * The header's link to the notification centre with the unread count, named for screen readers as
 * "Notifications, 3 unread". Counted again on every navigation and whenever the centre marks something read.
 */
class NotificationBell extends Anchor implements AfterNavigationObserver {

    private final Notifications notifications;
    private final Span count = new Span();

    NotificationBell(Notifications notifications, String tenantSlug) {
        super(TenantAddress.of(tenantSlug, "notifications"), "Notifications");
        this.notifications = notifications;
        addClassName("notification-bell");
        count.addClassName("unread-count");
        count.getElement().setAttribute("aria-hidden", "true");
        add(count);
        addAttachListener(
                attach -> ComponentUtil.addListener(attach.getUI(), UnreadChanged.class, changed -> refresh()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("aria-label", "Notifications, " + unread + " unread");
    }

    static void unreadChanged(UI ui) {
        ComponentUtil.fireEvent(ui, new UnreadChanged(ui));
    }
}

package org.sendplan.portal.notifications.ui;

import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.notifications.Notifications;
import org.sendplan.portal.ui.HeaderItem;

/** Puts the notification link in the header for anyone working in a tenant. */
@org.springframework.stereotype.Component
class NotificationHeaderItem implements HeaderItem {

    private final Notifications notifications;

    NotificationHeaderItem(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component create(SignedInUser user) {
        return user.tenant() == null
                ? null
                : new NotificationBell(notifications, user.tenant().slug());
    }
}

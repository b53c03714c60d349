package org.sendplan.portal.ui;

import com.vaadin.flow.component.Component;
import org.sendplan.portal.identity.SignedInUser;

/**
 * Something a feature module puts in the shell's header beside the signed-in person (the notification
 * centre's unread count), so the shell shows it on every page without knowing the module.
 */
public interface HeaderItem {

    /** A new component for one browser window, or null when there is nothing to show this person. */
    Component create(SignedInUser user);
}

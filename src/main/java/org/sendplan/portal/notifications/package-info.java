/**
 * Notifications: what happened that a person should know (a reply, a response to their proposal, a
 * return queried), shown in the portal's notification centre and sent by e-mail at once, in a daily
 * digest or not at all, as each person chooses per type. Other modules call {@link
 * org.sendplan.portal.notifications.Notifications#notify}; this module depends on none of them.
 */
package org.sendplan.portal.notifications;

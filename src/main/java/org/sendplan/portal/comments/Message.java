package org.sendplan.portal.comments;

import java.time.Instant;

/** Something the portal tells one person: that a moderator hid their comment and why, or that someone mentioned them. */
public record Message(Instant sentAt, String subject, String body, String link) {}

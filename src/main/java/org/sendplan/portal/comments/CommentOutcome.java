package org.sendplan.portal.comments;

import java.time.Instant;

/** A change a comment led to, as the module that records it words it: what was done, where to see it, and why. */
public record CommentOutcome(String statement, String change, String changeLink, String linkedBy, Instant linkedAt) {}

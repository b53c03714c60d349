package org.sendplan.portal.comments;

/** An official response of the authority with what it answers and where, for the tenant-wide list. */
public record OfficialResponse(CommentDetails response, CommentDetails answering, TargetDescription target) {}

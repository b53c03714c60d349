package org.sendplan.portal.comments;

import java.util.List;

/** A comment in the moderators' queue: the comment, where it is, and each open report on it ("name: reason"). */
public record ReportedComment(CommentDetails comment, TargetDescription target, List<String> reports) {}

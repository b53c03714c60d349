package org.sendplan.portal.comments;

public enum CommentState {
    VISIBLE,
    /** Withdrawn by its author: the thread keeps its place and says "Comment withdrawn". */
    WITHDRAWN,
    /** Hidden by a moderator: others see that it was hidden, its author sees why. */
    HIDDEN
}

package org.sendplan.portal.comments.ui;

import org.sendplan.portal.comments.CommentDetails;

/** Offered by the module that records what comments led to: opens its "Link to a change" dialog for a comment. */
public interface LinkToChange {

    /** {@code afterLink} runs once the link is saved, so the thread can show the new outcome. */
    void open(CommentDetails comment, Runnable afterLink);
}

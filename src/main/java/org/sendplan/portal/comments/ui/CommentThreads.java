package org.sendplan.portal.comments.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.sendplan.portal.comments.CommentOutcomes;
import org.sendplan.portal.comments.CommentService;
import org.sendplan.portal.comments.CommentTarget;
import org.sendplan.portal.comments.ModerationService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** What a page asks for to show the comments on its record: {@code add(threads.on(target))}. */
@Component
public class CommentThreads {

    private final CommentService comments;
    private final ModerationService moderation;
    private final CommentBroadcaster broadcaster;
    private final AuthenticationContext authentication;
    private final ObjectProvider<CommentOutcomes> outcomes;
    private final ObjectProvider<LinkToChange> linkToChange;

    CommentThreads(
            CommentService comments,
            ModerationService moderation,
            CommentBroadcaster broadcaster,
            AuthenticationContext authentication,
            ObjectProvider<CommentOutcomes> outcomes,
            ObjectProvider<LinkToChange> linkToChange) {
        this.comments = comments;
        this.moderation = moderation;
        this.broadcaster = broadcaster;
        this.authentication = authentication;
        this.outcomes = outcomes;
        this.linkToChange = linkToChange;
    }

    public CommentThread on(CommentTarget target) {
        return new CommentThread(
                target,
                comments,
                moderation,
                broadcaster,
                authentication.hasRole("LA_OFFICER"),
                new ThreadOutcomes(outcomes.getIfAvailable(), linkToChange.getIfAvailable()));
    }
}

package org.sendplan.portal.participation.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sendplan.portal.comments.CommentDetails;
import org.sendplan.portal.comments.CommentOutcome;
import org.sendplan.portal.comments.CommentOutcomes;
import org.sendplan.portal.comments.ui.LinkToChange;
import org.sendplan.portal.participation.SaidKind;
import org.sendplan.portal.participation.YouSaidWeDidEntry;
import org.sendplan.portal.participation.YouSaidWeDidService;
import org.springframework.stereotype.Component;

/** "You said, we did" in every comment thread: what each comment led to, and the officer's "Link to a change". */
@Component
class CommentOutcomeLinks implements CommentOutcomes, LinkToChange {

    private final YouSaidWeDidService youSaidWeDid;
    private final AuthenticationContext authentication;

    CommentOutcomeLinks(YouSaidWeDidService youSaidWeDid, AuthenticationContext authentication) {
        this.youSaidWeDid = youSaidWeDid;
        this.authentication = authentication;
    }

    @Override
    public Map<UUID, List<CommentOutcome>> outcomes(Collection<UUID> commentIds) {
        return youSaidWeDid.outcomesOf(SaidKind.COMMENT, commentIds).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue().stream()
                                .map(CommentOutcomeLinks::outcome)
                                .toList()));
    }

    @Override
    public boolean mayLink() {
        return authentication.hasAnyRole("LA_OFFICER", "TENANT_ADMIN");
    }

    @Override
    public void open(CommentDetails comment, Runnable afterLink) {
        new LinkToChangeDialog(youSaidWeDid, SaidKind.COMMENT, comment.id(), comment.text(), afterLink).open();
    }

    private static CommentOutcome outcome(YouSaidWeDidEntry entry) {
        return new CommentOutcome(
                entry.statement(), entry.weDid().title(), entry.weDidLink(), entry.linkedBy(), entry.linkedAt());
    }
}

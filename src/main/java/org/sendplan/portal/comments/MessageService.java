package org.sendplan.portal.comments;

import java.util.List;
import org.sendplan.portal.comments.internal.PersonMessage;
import org.sendplan.portal.comments.internal.PersonMessages;
import org.sendplan.portal.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own messages in this local authority, newest first. */
@Service
@Transactional(readOnly = true)
public class MessageService {

    private final PersonMessages messages;
    private final CurrentUser currentUser;

    MessageService(PersonMessages messages, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Message> myMessages() {
        return messages
                .findTop200ByPersonIdOrderBySentAtDesc(
                        currentUser.requireInTenant().personId())
                .stream()
                .map(PersonMessage::toMessage)
                .toList();
    }
}

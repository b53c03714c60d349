package org.sendplan.portal.comments;

import java.util.UUID;
import org.sendplan.portal.comments.internal.PersonMessage;
import org.sendplan.portal.comments.internal.PersonMessages;
import org.springframework.stereotype.Component;

/** Writes the in-portal messages that tell a person what happened to their comments or their commenting. */
@Component
class Notices {

    private static final int EXCERPT = 200;

    private final PersonMessages messages;
    private final CommentPeople people;

    Notices(PersonMessages messages, CommentPeople people) {
        this.messages = messages;
        this.people = people;
    }

    void tell(UUID personId, String subject, String body, String link) {
        messages.save(new PersonMessage(personId, people.now(), subject, body, link));
    }

    static String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT - 1) + "…";
    }
}

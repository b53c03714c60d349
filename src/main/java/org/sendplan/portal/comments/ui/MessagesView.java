package org.sendplan.portal.comments.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.sendplan.portal.comments.Message;
import org.sendplan.portal.comments.MessageService;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

/** What the portal has told this person: comments of theirs a moderator hid and why, and mentions. */
@Route(value = "t/:tenant/messages", layout = MainLayout.class)
@PageTitle("Messages – SEND Plan Portal")
@NavigationItem(title = "Messages", order = 700)
@PermitAll
public class MessagesView extends Div {

    MessagesView(MessageService messages) {
        addClassName("page");
        add(new H1("Messages"));
        List<Message> mine = messages.myMessages();
        if (mine.isEmpty()) {
            add(
                    new Paragraph(
                            "No messages yet. You will find here any comment of yours a moderator hid, and why, and where someone mentioned you."));
        }
        for (Message message : mine) {
            Div item = new Div(
                    new H2(message.subject()),
                    new Paragraph(DisplayFormats.TIME_ON_DAY.format(message.sentAt())),
                    new Paragraph(message.body()));
            item.addClassName("message");
            if (message.link() != null) {
                item.add(new Anchor(message.link(), "Go to the comments"));
            }
            add(item);
        }
    }
}

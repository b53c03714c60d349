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
import java.util.Map;
import java.util.UUID;
import org.sendplan.portal.comments.CommentService;
import org.sendplan.portal.comments.OfficialResponse;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

/** Every official response of the local authority that this person may read, with the comment it answers. */
@Route(value = "t/:tenant/official-responses", layout = MainLayout.class)
@PageTitle("Official responses – SEND Plan Portal")
@NavigationItem(title = "Official responses", order = 690)
@PermitAll
public class OfficialResponsesView extends Div {

    OfficialResponsesView(CommentService comments) {
        addClassName("page");
        add(
                new H1("Official responses"),
                new Paragraph(
                        "Replies the local authority has marked as its official response to a comment, newest first."));
        List<OfficialResponse> responses = comments.officialResponses();
        if (responses.isEmpty()) {
            add(new Paragraph("No official responses yet."));
        }
        Map<String, UUID> members = comments.mentionable();
        for (OfficialResponse response : responses) {
            Div item = new Div(new H2("On " + response.target().title()));
            item.addClassName("official-response-item");
            if (response.answering() != null) {
                item.add(
                        new Paragraph(response.answering().authorName() + " wrote:"),
                        new CommentBody(response.answering().text(), members));
            }
            item.add(
                    new Paragraph("Official response from the local authority, by "
                            + response.response().authorName() + " at "
                            + DisplayFormats.TIME_ON_DAY.format(
                                    response.response().postedAt()) + ":"),
                    new CommentBody(response.response().text(), members));
            item.add(new Anchor(
                    response.target().link(),
                    "Open the comments on " + response.target().title()));
            add(item);
        }
    }
}

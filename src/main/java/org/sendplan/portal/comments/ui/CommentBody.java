package org.sendplan.portal.comments.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.Map;
import java.util.UUID;
import org.sendplan.portal.comments.CommentText;

/**
 * A comment's text as components: every piece is set as text or as an attribute, never as markup, so what
 * people typed is shown exactly and nothing in it runs. Links open in a new tab without passing on the portal.
 */
class CommentBody extends Div {

    static final String LINK_REL = "noopener noreferrer nofollow";

    CommentBody(String text, Map<String, UUID> members) {
        addClassName("comment-body");
        for (CommentText.Piece piece : CommentText.pieces(text, members)) {
            switch (piece) {
                case CommentText.Text plain -> add(new Text(plain.text()));
                case CommentText.LineBreak lineBreak -> getElement().appendChild(new Element("br"));
                case CommentText.Link link -> add(link(link.address()));
                case CommentText.Mention mention -> add(mention(mention.name()));
            }
        }
    }

    private static Anchor link(String address) {
        Anchor anchor = new Anchor(address, address, AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", LINK_REL);
        return anchor;
    }

    private static Span mention(String name) {
        Span span = new Span("@" + name);
        span.addClassName("comment-mention");
        return span;
    }
}

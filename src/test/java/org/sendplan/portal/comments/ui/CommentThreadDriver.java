package org.sendplan.portal.comments.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;

/** Drives the comment thread at the end of another module's page, as the person reading that page would. */
public final class CommentThreadDriver {

    private CommentThreadDriver() {}

    /** Posts a new comment through the thread on the open page; returns what the thread then shows. */
    public static String post(String text) {
        _get(TextArea.class, spec -> spec.withLabel("Your comment")).setValue(text);
        _click(_get(Button.class, spec -> spec.withText("Post comment")));
        return _get(CommentThread.class).getElement().getTextRecursively();
    }
}

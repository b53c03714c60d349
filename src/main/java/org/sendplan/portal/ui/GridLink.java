package org.sendplan.portal.ui;

import com.vaadin.flow.component.html.Anchor;

/** A link that fills its grid cell: one target of at least 24 by 24 px, and long names wrap (WCAG 2.5.8). */
public final class GridLink {

    private GridLink() {}

    public static Anchor to(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.addClassName("cell-link");
        return link;
    }
}

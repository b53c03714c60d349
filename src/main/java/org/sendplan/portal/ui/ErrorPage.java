package org.sendplan.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The plain page every error view shows: what happened, in words, and a way back. */
abstract class ErrorPage extends Main {

    ErrorPage() {
        addClassName("narrow-page");
    }

    void show(String heading, String explanation) {
        removeAll();
        add(new H1(heading), new Paragraph(explanation), new Anchor("/", "Go to your home page"));
    }
}

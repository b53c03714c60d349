package org.sendplan.portal.fundingstatements.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.sendplan.portal.fundingstatements.SchoolStatements;
import org.sendplan.portal.fundingstatements.SenFundingService;
import org.sendplan.portal.fundingstatements.StatementDetails;

/**
 * A school's published SEN funding statements, for anyone, signed out. Shows nothing else: an unknown
 * authority or school, and a school with nothing published, get the same "not published" page.
 */
@Route("public/:tenant/schools/:urn/sen-funding")
@AnonymousAllowed
public class PublicSenFundingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SenFundingService statements;
    private String title = "SEN funding statement – SEND Plan Portal";

    PublicSenFundingView(SenFundingService statements) {
        this.statements = statements;
        addClassName("narrow-page");
        setId("main-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<SchoolStatements> published = statements.published(
                event.getRouteParameters().get("tenant").orElse(""),
                event.getRouteParameters().get("urn").orElse(""));
        published.ifPresentOrElse(this::show, this::notPublished);
    }

    private void show(SchoolStatements found) {
        String school = found.school().name();
        title = school + ": SEN notional funding statement – SEND Plan Portal";
        add(
                new H1(school + ": SEN notional funding statement"),
                new Paragraph(
                        "Published by the school (URN " + found.school().urn() + ", " + found.localAuthority() + "). "
                                + "It shows the part of the school's budget deemed to pay for SEN support, and what it was spent on."));
        for (StatementDetails statement : found.statements()) {
            Paragraph narrative = new Paragraph(statement.figures().narrative());
            narrative.addClassName("pre-wrap");
            add(
                    new H2("Financial year " + statement.year()),
                    StatementPages.figures(
                            "How " + school + " spent its notional SEN budget in " + statement.year(),
                            statement.figures()),
                    new H3("What the school says about " + statement.year()),
                    narrative);
        }
    }

    private void notPublished() {
        title = "No published SEN funding statement – SEND Plan Portal";
        add(
                new H1("No published SEN funding statement"),
                new Paragraph(
                        "There is no published SEN notional funding statement at this address. The school may not have "
                                + "published one yet, or the address may be wrong. Ask the school or the local authority for it."));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

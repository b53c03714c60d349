package org.sendplan.portal.fundingstatements.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.fundingstatements.SenFundingService;
import org.sendplan.portal.fundingstatements.StatementDetails;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.ui.MainLayout;

/**
 * One school's statement for one year. The school's own editor writes, submits and publishes it; an LA
 * officer reads it. Another school's address is refused by the service, and shows the refusal page.
 */
@Route(value = "t/:tenant/sen-funding/:urn/:year", layout = MainLayout.class)
@RolesAllowed({"SCHOOL_EDITOR", "LA_OFFICER"})
public class SenFundingStatementView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SenFundingService statements;
    private final CurrentUser currentUser;
    private OrganisationDetails school;
    private FinancialYear year;
    private String title = "SEN funding statement – SEND Plan Portal";

    SenFundingStatementView(SenFundingService statements, CurrentUser currentUser) {
        this.statements = statements;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String urn = event.getRouteParameters().get("urn").orElse("");
        try {
            year = FinancialYear.parse(event.getRouteParameters().get("year").orElse(""));
        } catch (InvalidInputException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Optional<OrganisationDetails> found = statements.school(urn);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        school = found.get();
        title = school.name() + ", SEN funding statement " + year + " – SEND Plan Portal";
        show();
    }

    /** Draws the page from what is saved now; every change ends by calling this. */
    private void show() {
        removeAll();
        SignedInUser user = currentUser.require();
        Optional<StatementDetails> statement = statements.find(school.urn(), year);
        add(
                new Anchor(TenantAddress.of(user.tenant().slug(), "sen-funding"), "All SEN funding statements"),
                new H1(school.name() + ": SEN notional funding statement " + year));
        add(new Paragraph(statement.map(StatementPages::describe).orElse("No statement for " + year + " yet.")));
        boolean editor =
                user.hasRole(Role.SCHOOL_EDITOR) && user.organisationIds().contains(school.id());
        statement
                .filter(StatementDetails::published)
                .ifPresent(published -> add(new Anchor(
                        "/" + StatementPages.publicAddress(user.tenant().slug(), school.urn()),
                        "See the public page")));
        if (editor) {
            add(new StatementForm(statements, school, year, statement.orElse(null), this::show));
        } else if (statement.isPresent()) {
            add(
                    StatementPages.figures(
                            "The statement's figures", statement.get().figures()),
                    new H2("Narrative"),
                    narrative(statement.get().figures().narrative()));
        }
        statement.ifPresent(s -> add(history()));
    }

    private Div history() {
        UnorderedList list = new UnorderedList();
        statements
                .history(school.urn(), year)
                .forEach(change -> list.add(new ListItem(DisplayFormats.DAY_AND_TIME.format(change.at()) + " – "
                        + change.by() + ": " + change.summary())));
        return new Div(new H2("History of changes"), list);
    }

    private static Paragraph narrative(String text) {
        Paragraph narrative = new Paragraph(text.isBlank() ? "No narrative yet." : text);
        narrative.addClassName("pre-wrap");
        return narrative;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

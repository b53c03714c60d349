package org.sendplan.portal.administration.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.tenancy.MembershipService;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.ui.MainLayout;

/** One organisation. Another tenant's id is simply not found; another school's is refused to a school editor. */
@Route(value = "t/:tenant/organisations/:id", layout = MainLayout.class)
@PermitAll
public class OrganisationDetailsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OrganisationService organisations;
    private final MembershipService memberships;
    private String title = "Organisation – SEND Plan Portal";

    OrganisationDetailsView(OrganisationService organisations, MembershipService memberships) {
        this.organisations = organisations;
        this.memberships = memberships;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get("id").flatMap(OrganisationDetailsView::parse);
        OrganisationDetails organisation = id.flatMap(organisations::find).orElseThrow(NotFoundException::new);
        title = organisation.name() + " – SEND Plan Portal";
        removeAll();
        add(new H1(organisation.name()), new Paragraph(organisation.kind().label()));
        if (organisation.urn() != null) {
            add(new Paragraph("URN " + organisation.urn()
                    + (organisation.phase() == null
                            ? ""
                            : " · " + organisation.phase().label())));
        }
        if (organisation.planningArea() != null) {
            add(new Paragraph("Planning area: " + organisation.planningArea()));
        }
        long members = memberships.countMembersOf(organisation.id());
        add(new Paragraph(
                members + (members == 1 ? " person uses" : " people use") + " the portal for this organisation."));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

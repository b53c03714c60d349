package org.sendplan.portal.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.returns.ReturnSummary;
import org.sendplan.portal.returns.SchoolReturnService;
import org.sendplan.portal.tenancy.AreaSummary;
import org.sendplan.portal.tenancy.MembershipService;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.TenantSummary;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

/**
 * Each person's landing page in their tenant: the local area at a glance for tenant-wide roles, and
 * their own school for a school editor.
 */
@Route(value = "t/:tenant", layout = MainLayout.class)
@NavigationItem(title = "Home", order = 0)
@PermitAll
public class DashboardView extends Div implements HasDynamicTitle {

    private final String title;

    DashboardView(
            CurrentUser currentUser,
            OrganisationService organisations,
            MembershipService memberships,
            SchoolReturnService returns) {
        addClassName("page");
        SignedInUser user = currentUser.require();
        TenantSummary tenant = user.currentTenant().orElseThrow();
        title = tenant.name() + " – SEND Plan Portal";
        add(new H1(tenant.name()));
        add(new Paragraph("Welcome, " + user.displayName() + ". " + introFor(user)));
        List<OrganisationDetails> all = organisations.organisations();
        AreaSummary area = organisations.areaSummary();
        if (user.limitedToOwnOrganisations()) {
            add(ownSchools(all));
            add(returnsDue(tenant, returns.reminders()));
            add(new Section(
                    new H2("Your local area"),
                    new Paragraph(tenant.name() + " has " + area.schools() + " schools and settings in "
                            + area.planningAreas() + " planning areas.")));
        } else {
            add(areaAtAGlance(tenant, area, memberships.countMembers()));
            add(schoolsByPlanningArea(all));
            add(partnership(all));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static String introFor(SignedInUser user) {
        if (user.hasRole(Role.TENANT_ADMIN)) {
            return "You manage this local authority's organisations and members.";
        }
        if (user.hasRole(Role.LA_OFFICER)) {
            return "You write and deliver the local area's SEND improvement plan.";
        }
        if (user.hasRole(Role.FINANCE_OFFICER)) {
            return "You maintain the High Needs forecast, savings and resource proposals.";
        }
        if (user.hasRole(Role.BOARD_MEMBER)) {
            return "You review progress and record the board's decisions.";
        }
        if (user.hasRole(Role.FORUM_LEAD) || user.hasRole(Role.PARENT_CARER)) {
            return "You help shape the plan on behalf of parents and carers.";
        }
        return "You submit your school's returns to the local authority.";
    }

    private static Component areaAtAGlance(TenantSummary tenant, AreaSummary area, long members) {
        Section section = new Section(new H2("Your local area"));
        Div figures = new Div(
                figure(String.valueOf(area.schools()), "schools and settings"),
                figure(String.valueOf(area.planningAreas()), "planning areas"),
                figure(String.valueOf(members), "people using the portal"));
        figures.addClassName("figures");
        section.add(figures);
        section.add(
                new Paragraph("DfE LA code " + tenant.laCode() + (tenant.region() == null ? "" : ", " + tenant.region())
                        + (tenant.statisticalNeighbours().isEmpty()
                                ? ""
                                : ". Statistical neighbours: " + String.join(", ", tenant.statisticalNeighbours()))
                        + "."));
        return section;
    }

    private static Component schoolsByPlanningArea(List<OrganisationDetails> all) {
        Map<String, List<OrganisationDetails>> byArea = all.stream()
                .filter(o -> o.kind() == OrganisationKind.SCHOOL)
                .collect(Collectors.groupingBy(
                        o -> o.planningArea() == null ? "No planning area" : o.planningArea(),
                        TreeMap::new,
                        Collectors.toList()));
        Section section = new Section(new H2("Schools by planning area"));
        if (byArea.isEmpty()) {
            section.add(new Paragraph("No schools have been added yet."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        byArea.forEach((area, schools) ->
                list.add(new ListItem(area + ": " + schools.size() + (schools.size() == 1 ? " school" : " schools"))));
        section.add(list);
        return section;
    }

    private static Component partnership(List<OrganisationDetails> all) {
        Section section = new Section(new H2("Partnership"));
        UnorderedList list = new UnorderedList();
        all.stream()
                .filter(o -> o.kind() != OrganisationKind.SCHOOL)
                .forEach(o -> list.add(new ListItem(o.name() + " (" + o.kind().label() + ")")));
        section.add(list);
        return section;
    }

    private static Component ownSchools(List<OrganisationDetails> own) {
        Section section = new Section(new H2(own.size() == 1 ? "Your school" : "Your schools"));
        for (OrganisationDetails school : own) {
            Div card = new Div(
                    new Span(school.name()),
                    new Paragraph("URN " + school.urn() + " · "
                            + (school.phase() == null ? "" : school.phase().label())
                            + (school.planningArea() == null ? "" : " · " + school.planningArea() + " planning area")));
            card.addClassName("card");
            section.add(card);
        }
        return section;
    }

    /** Returns due within a week, overdue or queried, each linked; the same words as the notice on the returns list. */
    private static Component returnsDue(TenantSummary tenant, List<ReturnSummary> due) {
        Section section = new Section(new H2("Returns due"));
        if (due.isEmpty()) {
            section.add(new Paragraph("Nothing is due in the next week."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        due.forEach(r -> list.add(new ListItem(
                new Anchor(
                        TenantAddress.of(tenant.slug(), "returns", r.id()),
                        r.collectionTitle() + " for " + r.schoolName()),
                new Span(": " + r.reminder()))));
        section.add(list);
        return section;
    }

    private static Component figure(String value, String label) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Div figure = new Div(number, new Span(" " + label));
        figure.addClassName("figure");
        return figure;
    }
}

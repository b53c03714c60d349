package org.sendplan.portal.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.sendplan.portal.administration.MemberDirectory;
import org.sendplan.portal.administration.MemberRow;
import org.sendplan.portal.tenancy.MembershipService;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

@Route(value = "t/:tenant/admin/members", layout = MainLayout.class)
@PageTitle("Members and roles – SEND Plan Portal")
@NavigationItem(title = "Members and roles", order = 810)
@RolesAllowed("TENANT_ADMIN")
public class MemberListView extends Div {

    private final MemberDirectory directory;
    private final Grid<MemberRow> grid = new Grid<>(MemberRow.class, false);

    MemberListView(MemberDirectory directory, MembershipService memberships, OrganisationService organisations) {
        this.directory = directory;
        addClassName("page");
        grid.addColumn(MemberRow::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(MemberRow::username).setHeader("Username");
        grid.addColumn(m -> m.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles")
                .setFlexGrow(2);
        grid.addColumn(MemberRow::organisationName).setHeader("Organisation");
        grid.addComponentColumn(m -> {
                    Button change = new Button(
                            "Change",
                            click -> new MemberForm(directory, memberships, organisations, m, this::refresh).open());
                    change.setAriaLabel("Change " + m.displayName());
                    return change;
                })
                .setHeader("Change");
        grid.setAriaLabel("Members");
        Button add = new Button(
                "Add a member",
                click -> new MemberForm(directory, memberships, organisations, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1("Members and roles"),
                new Paragraph(
                        "People who can sign in to your local authority's portal with a portal account, and what each may do."),
                add,
                grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(directory.members());
    }
}

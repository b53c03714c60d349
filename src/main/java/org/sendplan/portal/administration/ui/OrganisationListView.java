package org.sendplan.portal.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.ui.GridLink;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

@Route(value = "t/:tenant/admin/organisations", layout = MainLayout.class)
@PageTitle("Organisations – SEND Plan Portal")
@NavigationItem(title = "Organisations", order = 800)
@RolesAllowed({"TENANT_ADMIN", "LA_OFFICER"})
public class OrganisationListView extends Div {

    private final OrganisationService organisations;
    private final Grid<OrganisationDetails> grid = new Grid<>(OrganisationDetails.class, false);
    private final ComboBox<OrganisationKind> kindFilter = new ComboBox<>("Show");

    OrganisationListView(
            OrganisationService organisations, AuthenticationContext authentication, CurrentUser currentUser) {
        this.organisations = organisations;
        addClassName("page");
        boolean admin = authentication.hasRole("TENANT_ADMIN");
        String tenantSlug = currentUser.tenantSlug();
        kindFilter.setItems(OrganisationKind.values());
        kindFilter.setItemLabelGenerator(OrganisationKind::label);
        kindFilter.setPlaceholder("All kinds");
        kindFilter.setClearButtonVisible(true);
        kindFilter.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(o -> GridLink.to(TenantAddress.of(tenantSlug, "organisations", o.id()), o.name()))
                .setHeader("Name")
                .setFlexGrow(2);
        grid.addColumn(o -> o.kind().label()).setHeader("Kind");
        grid.addColumn(OrganisationDetails::urn).setHeader("URN");
        grid.addColumn(o -> o.phase() == null ? "" : o.phase().label()).setHeader("Phase");
        grid.addColumn(OrganisationDetails::planningArea).setHeader("Planning area");
        if (admin) {
            grid.addComponentColumn(o -> {
                        Button edit = new Button(
                                "Edit", click -> new OrganisationForm(organisations, o, this::refresh).open());
                        edit.setAriaLabel("Edit " + o.name());
                        return edit;
                    })
                    .setHeader("Change");
        }
        grid.setAriaLabel("Organisations");
        grid.setEmptyStateText("No organisations match.");

        HorizontalLayout actions = new HorizontalLayout(kindFilter);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        actions.setWrap(true);
        if (admin) {
            Button add = new Button(
                    "Add an organisation", click -> new OrganisationForm(organisations, null, this::refresh).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button upload = new Button(
                    "Upload schools (CSV)", click -> new SchoolImportDialog(organisations, this::refresh).open());
            actions.add(add, upload);
        }
        add(new H1("Organisations"), actions, grid);
        refresh();
    }

    private void refresh() {
        List<OrganisationDetails> all = kindFilter.getValue() == null
                ? organisations.organisations()
                : organisations.organisationsOfKind(kindFilter.getValue());
        grid.setItems(all);
    }
}

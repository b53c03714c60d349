package org.sendplan.portal.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sendplan.portal.administration.TenantOnboarding;
import org.sendplan.portal.tenancy.TenantService;
import org.sendplan.portal.tenancy.TenantStatus;
import org.sendplan.portal.tenancy.TenantSummary;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

/** The operator's home: every local authority on this installation, with onboarding and suspension. */
@Route(value = "platform", layout = MainLayout.class)
@PageTitle("Local authorities – SEND Plan Portal")
@NavigationItem(title = "Local authorities", order = 900)
@RolesAllowed("PLATFORM_ADMIN")
public class PlatformTenantsView extends Div {

    private final TenantService tenants;
    private final Grid<TenantSummary> grid = new Grid<>(TenantSummary.class, false);
    private final Paragraph health = new Paragraph();

    PlatformTenantsView(TenantService tenants, TenantOnboarding onboarding) {
        this.tenants = tenants;
        addClassName("page");
        Button add =
                new Button("Add a local authority", click -> new AddTenantDialog(onboarding, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(TenantSummary::name).setHeader("Local authority").setFlexGrow(2);
        grid.addColumn(TenantSummary::laCode).setHeader("LA code");
        grid.addColumn(TenantSummary::slug).setHeader("Web address");
        grid.addColumn(TenantSummary::region).setHeader("Region");
        grid.addColumn(t -> t.active() ? "Active" : "Suspended").setHeader("Status");
        grid.addComponentColumn(this::statusButton).setHeader("Action").setKey("action");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Local authorities");
        add(new H1("Local authorities"), health, add, grid);
        refresh();
    }

    private Button statusButton(TenantSummary tenant) {
        String label = tenant.active() ? "Suspend" : "Reactivate";
        Button button = new Button(label, click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(label + " " + tenant.name() + "?");
            confirm.setText(
                    tenant.active()
                            ? "Nobody from " + tenant.name()
                                    + " will be able to sign in until it is reactivated. Their data is kept."
                            : "People from " + tenant.name() + " will be able to sign in again.");
            confirm.setCancelable(true);
            confirm.setConfirmText(label);
            confirm.addConfirmListener(e -> {
                if (tenant.status() == TenantStatus.ACTIVE) {
                    tenants.suspend(tenant.id(), tenant.version());
                } else {
                    tenants.reactivate(tenant.id(), tenant.version());
                }
                Notification.show(tenant.name() + (tenant.active() ? " is suspended." : " is active again."));
                refresh();
            });
            confirm.open();
        });
        button.setAriaLabel(label + " " + tenant.name());
        return button;
    }

    private void refresh() {
        List<TenantSummary> all = tenants.allTenants();
        grid.setItems(all);
        long active = all.stream().filter(TenantSummary::active).count();
        health.setText("Platform health: database reachable; " + active + " active and " + (all.size() - active)
                + " suspended local authorities.");
    }
}

package org.sendplan.portal.kpis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.kpis.KpiService;
import org.sendplan.portal.kpis.KpiSummary;
import org.sendplan.portal.ui.GridLink;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

/** Every KPI with its latest figure, target, computed RAG and trend. */
@Route(value = "t/:tenant/kpis", layout = MainLayout.class)
@PageTitle("KPIs – SEND Plan Portal")
@NavigationItem(title = "KPIs", order = 200)
@RolesAllowed({"LA_OFFICER", "TENANT_ADMIN", "FINANCE_OFFICER", "BOARD_MEMBER", "PARENT_CARER", "FORUM_LEAD"})
public class KpiListView extends Div {

    KpiListView(KpiService kpis, CurrentUser currentUser, AuthenticationContext authentication) {
        addClassName("page");
        String tenant = KpiLinks.tenant(currentUser);
        Grid<KpiSummary> grid = new Grid<>(KpiSummary.class, false);
        grid.addComponentColumn(k -> GridLink.to(KpiLinks.kpi(tenant, k.id()), k.name()))
                .setHeader("KPI")
                .setKey("name")
                .setWidth("16rem")
                .setFlexGrow(3);
        grid.addColumn(k -> k.latest() == null ? "—" : k.latest().period().label())
                .setHeader("Period")
                .setKey("period")
                .setAutoWidth(true);
        grid.addColumn(k -> k.latest() == null
                        ? "No data"
                        : k.unit().format(k.latest().value()))
                .setHeader("Latest figure")
                .setKey("value")
                .setAutoWidth(true);
        grid.addColumn(k ->
                        k.latest() == null ? "—" : k.unit().format(k.latest().target()))
                .setHeader("Target")
                .setKey("target")
                .setAutoWidth(true);
        grid.addComponentColumn(k -> new KpiRagLabel(k.latest()))
                .setHeader("RAG (computed)")
                .setKey("rag")
                .setAutoWidth(true);
        grid.addColumn(k -> k.latest() == null ? "—" : k.latest().trend().label())
                .setHeader("Trend")
                .setKey("trend")
                .setAutoWidth(true);
        grid.setItems(kpis.kpis());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("KPIs");
        grid.setEmptyStateText("No KPIs yet.");
        grid.addClassName("wrap-cells");
        add(
                new H1("KPIs"),
                new Paragraph(
                        "Each RAG is computed from the latest figure, its target, whether higher or lower is better and "
                                + "the amber tolerance; the trend compares it with the period before."));
        if (authentication.hasAnyRole("LA_OFFICER", "TENANT_ADMIN")) {
            Button define = new Button(
                    "Define a KPI",
                    click -> new KpiForm(
                                    kpis,
                                    null,
                                    saved -> getUI().ifPresent(ui -> ui.navigate(
                                            KpiLinks.kpi(tenant, saved.id()).substring(1))))
                            .open());
            define.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(define);
        }
        add(grid);
    }
}

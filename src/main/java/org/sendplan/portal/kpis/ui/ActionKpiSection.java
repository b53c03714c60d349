package org.sendplan.portal.kpis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.kpis.KpiService;
import org.sendplan.portal.kpis.KpiSummary;
import org.sendplan.portal.plans.ActionPageSection;
import org.sendplan.portal.ui.GridLink;

/** The KPIs that measure an action, on the action's page, for everyone who may read KPIs. */
@org.springframework.stereotype.Component
class ActionKpiSection implements ActionPageSection {

    private final KpiService kpis;
    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;

    ActionKpiSection(KpiService kpis, CurrentUser currentUser, AuthenticationContext authentication) {
        this.kpis = kpis;
        this.currentUser = currentUser;
        this.authentication = authentication;
    }

    @Override
    public Optional<Component> sectionFor(UUID actionId) {
        if (!authentication.hasAnyRole(
                "LA_OFFICER", "TENANT_ADMIN", "FINANCE_OFFICER", "BOARD_MEMBER", "PARENT_CARER", "FORUM_LEAD")) {
            return Optional.empty();
        }
        List<KpiSummary> linked = kpis.kpisOfAction(actionId);
        String tenant = KpiLinks.tenant(currentUser);
        Grid<KpiSummary> grid = new Grid<>(KpiSummary.class, false);
        grid.addComponentColumn(k -> GridLink.to(KpiLinks.kpi(tenant, k.id()), k.name()))
                .setHeader("KPI")
                .setKey("name")
                .setFlexGrow(3);
        grid.addColumn(k -> k.latest() == null
                        ? "No data"
                        : k.unit().format(k.latest().value()) + " ("
                                + k.latest().period().label() + ")")
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
        grid.setItems(linked);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("KPIs measuring this action");
        grid.setEmptyStateText("No KPIs measure this action yet.");
        grid.addClassName("wrap-cells");
        return Optional.of(new Div(new H2("KPIs"), grid));
    }
}

package org.sendplan.portal.finance.ui;

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
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.finance.ForecastScenario;
import org.sendplan.portal.finance.HighNeedsForecastDetails;
import org.sendplan.portal.finance.HighNeedsForecastService;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.ui.GridLink;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

@Route(value = "t/:tenant/finance/forecasts", layout = MainLayout.class)
@PageTitle("High Needs forecasts – SEND Plan Portal")
@NavigationItem(title = "High Needs forecast", order = 410)
@RolesAllowed({"FINANCE_OFFICER", "LA_OFFICER", "BOARD_MEMBER"})
public class HighNeedsForecastListView extends Div {

    HighNeedsForecastListView(
            HighNeedsForecastService forecasts, AuthenticationContext authentication, CurrentUser currentUser) {
        addClassName("page");
        String base = TenantAddress.route(currentUser.tenantSlug(), "finance/forecasts") + "/";
        Grid<HighNeedsForecastDetails> grid = new Grid<>(HighNeedsForecastDetails.class, false);
        grid.addComponentColumn(f -> GridLink.to("/" + base + f.id(), f.draft().title()))
                .setHeader("Forecast")
                .setKey("title")
                .setFlexGrow(2);
        grid.addColumn(f -> f.draft().versionLabel())
                .setHeader("Version")
                .setKey("version")
                .setFlexGrow(2);
        grid.addColumn(f -> f.years().getFirst() + " to " + f.years().getLast())
                .setHeader("Years")
                .setKey("years");
        grid.addColumn(f -> Money.format(
                        f.totals(ForecastScenario.AS_IS)
                                .cumulativeDeficit()
                                .in(f.years().getLast()),
                        f.draft().unit()))
                .setHeader("Cumulative deficit at the end (as is)")
                .setKey("deficit");
        grid.addColumn(HighNeedsForecastDetails::lastChangedBy)
                .setHeader("Last changed by")
                .setKey("changedBy");
        grid.setItems(forecasts.forecasts());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("High Needs forecasts");
        grid.setEmptyStateText("No forecasts yet.");
        add(
                new H1("High Needs forecasts"),
                new Paragraph("Each version of the multi-year forecast, with every total computed from its lines."));
        if (authentication.hasRole("FINANCE_OFFICER")) {
            Button create = new Button(
                    "Start a forecast",
                    click -> new ForecastForm(
                                    forecasts, null, saved -> getUI().ifPresent(ui -> ui.navigate(base + saved.id())))
                            .open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        add(grid);
    }
}

package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.ui.GridLink;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

/** The local authority's improvement plans; partners see only those out for consultation or beyond. */
@Route(value = "t/:tenant/plans", layout = MainLayout.class)
@PageTitle("Plans – SEND Plan Portal")
@NavigationItem(title = "Plans", order = 100)
@PermitAll
public class PlanListView extends Div {

    private final PlanService plans;
    private final Grid<PlanSummary> grid = new Grid<>(PlanSummary.class, false);

    PlanListView(PlanService plans, CurrentUser currentUser, AuthenticationContext authentication) {
        this.plans = plans;
        addClassName("page");
        String tenant = PlanLinks.tenant(currentUser);
        grid.addComponentColumn(p -> GridLink.to(PlanLinks.plan(tenant, p.id()), p.title()))
                .setHeader("Plan")
                .setFlexGrow(3);
        grid.addColumn(PlanSummary::period).setHeader("Period").setAutoWidth(true);
        grid.addColumn(p -> p.status().label()).setHeader("Stage").setAutoWidth(true);
        grid.addColumn(p -> DisplayFormats.DAY_AND_TIME.format(p.updatedAt()) + " by " + p.updatedBy())
                .setHeader("Last changed")
                .setFlexGrow(2);
        grid.setAriaLabel("Improvement plans");
        grid.setEmptyStateText("There are no plans to show yet.");
        grid.setAllRowsVisible(true);
        add(new H1("Improvement plans"));
        if (authentication.hasRole("LA_OFFICER")) {
            Button create = new Button(
                    "Create a plan",
                    click -> new AddPlanDialog(
                                    plans,
                                    null,
                                    created -> getUI().ifPresent(ui -> ui.navigate(
                                            PlanLinks.plan(tenant, created.id()).substring(1))))
                            .open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(
                    new Paragraph("Create a plan, then add its themes and actions by hand or import your plan table."),
                    create);
        }
        add(grid);
        grid.setItems(plans.plans());
    }
}

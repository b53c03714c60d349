package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.finance.SavingsTargetDetails;
import org.sendplan.portal.finance.SavingsTargetService;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.ui.GridLink;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

@Route(value = "t/:tenant/finance/savings", layout = MainLayout.class)
@PageTitle("Savings – SEND Plan Portal")
@NavigationItem(title = "Savings", order = 420)
@RolesAllowed({"FINANCE_OFFICER", "LA_OFFICER", "BOARD_MEMBER"})
public class SavingsTargetListView extends Div {

    SavingsTargetListView(SavingsTargetService savings, AuthenticationContext authentication, CurrentUser currentUser) {
        addClassName("page");
        String base = TenantAddress.route(currentUser.tenantSlug(), "finance/savings") + "/";
        Grid<SavingsTargetDetails> grid = new Grid<>(SavingsTargetDetails.class, false);
        grid.addComponentColumn(s -> GridLink.to("/" + base + s.id(), s.draft().title()))
                .setHeader("Savings table")
                .setKey("title")
                .setFlexGrow(2);
        grid.addColumn(s -> s.draft().financialYear().toString())
                .setHeader("Year")
                .setKey("year");
        grid.addColumn(s -> Money.format(s.draft().target(), s.draft().unit()))
                .setHeader("Target")
                .setKey("target");
        grid.addColumn(s -> Money.format(s.totalSavings(), s.draft().unit()))
                .setHeader("Savings (computed)")
                .setKey("savings");
        grid.addColumn(s -> Money.format(s.remainingTarget(), s.draft().unit()))
                .setHeader("Remaining for next year")
                .setKey("remaining");
        grid.setItems(savings.savingsTargets());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Savings tables");
        grid.setEmptyStateText("No savings tables yet.");
        add(
                new H1("Savings"),
                new Paragraph(
                        "Service budgets year on year against the savings target; each saving is last year's budget less this year's."),
                new Paragraph(
                        new Anchor(
                                "/t/"
                                        + currentUser
                                                .find()
                                                .orElseThrow()
                                                .tenant()
                                                .slug() + "/finance/plan-savings",
                                "Savings from the plan"),
                        new Text(": planned and delivered savings of each delivery plan action, by theme and year.")));
        if (authentication.hasRole("FINANCE_OFFICER")) {
            Button create = new Button(
                    "Start a savings table",
                    click -> new SavingsTargetForm(
                                    savings, null, saved -> getUI().ifPresent(ui -> ui.navigate(base + saved.id())))
                            .open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        add(grid);
    }
}

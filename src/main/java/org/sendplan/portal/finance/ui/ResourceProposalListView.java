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
import org.sendplan.portal.finance.FundingSource;
import org.sendplan.portal.finance.ResourceProposalDetails;
import org.sendplan.portal.finance.ResourceProposalService;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.ui.GridLink;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

@Route(value = "t/:tenant/finance/proposals", layout = MainLayout.class)
@PageTitle("Resource proposals – SEND Plan Portal")
@NavigationItem(title = "Resource proposals", order = 430)
@RolesAllowed({"FINANCE_OFFICER", "LA_OFFICER", "BOARD_MEMBER"})
public class ResourceProposalListView extends Div {

    ResourceProposalListView(
            ResourceProposalService proposals, AuthenticationContext authentication, CurrentUser currentUser) {
        addClassName("page");
        String base = TenantAddress.of(currentUser.tenantSlug(), "finance/proposals") + "/";
        Grid<ResourceProposalDetails> grid = new Grid<>(ResourceProposalDetails.class, false);
        grid.addComponentColumn(p -> GridLink.to(base + p.id(), p.title()))
                .setHeader("Proposal")
                .setKey("title")
                .setFlexGrow(3);
        grid.addColumn(p -> "Version " + p.versionNumber()).setHeader("Version").setKey("version");
        grid.addColumn(p -> p.status().label()).setHeader("Status").setKey("status");
        grid.addColumn(p -> p.years().getFirst() + " to " + p.years().getLast())
                .setHeader("Years")
                .setKey("years");
        for (FundingSource source : FundingSource.values()) {
            grid.addColumn(p -> Money.format(
                            p.totals()
                                    .bySource(source)
                                    .totalOver(p.years().getFirst(), p.years().getLast()),
                            p.unit()))
                    .setHeader(source.label() + " over all years")
                    .setKey(source.name());
        }
        grid.setItems(proposals.proposals());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Resource proposals");
        grid.setEmptyStateText("No resource proposals yet.");
        add(
                new H1("Resource proposals"),
                new Paragraph(
                        "Requests for posts and other resources put to the board, with every total computed from the items."));
        if (authentication.hasRole("FINANCE_OFFICER")) {
            Button create = new Button(
                    "Draft a proposal",
                    click -> new ProposalForm(
                                    proposals,
                                    null,
                                    saved -> getUI().ifPresent(ui -> ui.navigate(base.substring(1) + saved.id())))
                            .open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        add(grid);
    }
}

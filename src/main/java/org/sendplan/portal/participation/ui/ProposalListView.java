package org.sendplan.portal.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.participation.ProposalDetails;
import org.sendplan.portal.participation.ProposalService;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.ui.GridLink;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

/** The proposer's own proposals with what happened to each, then every proposal with its support. */
@Route(value = "t/:tenant/proposals", layout = MainLayout.class)
@PageTitle("Proposals – SEND Plan Portal")
@NavigationItem(title = "Proposals", order = 150)
@RolesAllowed({"PARENT_CARER", "FORUM_LEAD", "SCHOOL_EDITOR", "BOARD_MEMBER", "LA_OFFICER"})
public class ProposalListView extends Div implements BeforeEnterObserver {

    private final ProposalService proposals;
    private final PlanService plans;
    private final CurrentUser currentUser;
    private final boolean raiser;

    ProposalListView(
            ProposalService proposals,
            PlanService plans,
            CurrentUser currentUser,
            AuthenticationContext authentication) {
        this.proposals = proposals;
        this.plans = plans;
        this.currentUser = currentUser;
        this.raiser = authentication.hasAnyRole("PARENT_CARER", "FORUM_LEAD", "SCHOOL_EDITOR", "BOARD_MEMBER");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        String tenant = ParticipationLinks.tenant(currentUser);
        add(
                new H1("Proposals"),
                new Paragraph("Ideas for the plan from parent carers, schools and board members, and what the local "
                        + "authority did with them."));
        if (raiser) {
            Button raise = new Button(
                    "Raise a proposal",
                    click -> new RaiseProposalDialog(
                                    proposals,
                                    plans,
                                    saved -> getUI().ifPresent(
                                                    ui -> ui.navigate(ParticipationLinks.proposal(tenant, saved.id()))))
                            .open());
            raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(
                    raise,
                    new H2("My proposals"),
                    grid(proposals.myProposals(), tenant, "My proposals", "You have not raised a proposal yet."));
        }
        add(new H2("All proposals"), grid(proposals.proposals(), tenant, "All proposals", "No proposals yet."));
    }

    private static Grid<ProposalDetails> grid(List<ProposalDetails> shown, String tenant, String label, String empty) {
        Grid<ProposalDetails> grid = new Grid<>(ProposalDetails.class, false);
        grid.addComponentColumn(p -> GridLink.to(ParticipationLinks.proposal(tenant, p.id()), p.title()))
                .setHeader("Proposal")
                .setKey("title")
                .setFlexGrow(3);
        grid.addColumn(ProposalDetails::themeTitle)
                .setHeader("Theme")
                .setKey("theme")
                .setFlexGrow(1);
        grid.addColumn(ProposalDetails::proposerName)
                .setHeader("Raised by")
                .setKey("proposer")
                .setAutoWidth(true);
        grid.addColumn(ProposalDetails::supporters)
                .setHeader("Supporters")
                .setKey("supporters")
                .setAutoWidth(true);
        grid.addColumn(ProposalDetails::status)
                .setHeader("Latest response")
                .setKey("status")
                .setAutoWidth(true);
        grid.setItems(shown);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(label);
        grid.setEmptyStateText(empty);
        grid.addClassName("wrap-cells");
        return grid;
    }
}

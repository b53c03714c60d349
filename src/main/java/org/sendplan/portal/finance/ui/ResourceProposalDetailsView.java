package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.sendplan.portal.comments.ui.CommentThreads;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.finance.FinanceExports;
import org.sendplan.portal.finance.FundingSource;
import org.sendplan.portal.finance.ProposalItem;
import org.sendplan.portal.finance.ProposalItemDraft;
import org.sendplan.portal.finance.ProposalStatus;
import org.sendplan.portal.finance.ResourceProposalCommentTargets;
import org.sendplan.portal.finance.ResourceProposalDetails;
import org.sendplan.portal.finance.ResourceProposalService;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.ui.MainLayout;

/** One resource proposal: its items, every computed total, what the person's role lets them do next, and the comments on it. */
@Route(value = "t/:tenant/finance/proposals/:id", layout = MainLayout.class)
@RolesAllowed({"FINANCE_OFFICER", "LA_OFFICER", "BOARD_MEMBER", "PARENT_CARER", "SCHOOL_EDITOR"})
public class ResourceProposalDetailsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ResourceProposalService proposals;
    private final CommentThreads comments;
    private final boolean financeOfficer;
    private final boolean boardMember;
    private final String base;
    private ResourceProposalDetails proposal;

    ResourceProposalDetailsView(
            ResourceProposalService proposals,
            CommentThreads comments,
            AuthenticationContext authentication,
            CurrentUser currentUser) {
        this.proposals = proposals;
        this.comments = comments;
        this.base = TenantAddress.route(currentUser.tenantSlug(), "finance/proposals") + "/";
        this.financeOfficer = authentication.hasRole("FINANCE_OFFICER");
        this.boardMember = authentication.hasRole("BOARD_MEMBER");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters()
                .get("id")
                .flatMap(FinancePage::idFrom)
                .flatMap(proposals::find)
                .orElseThrow(NotFoundException::new));
    }

    @Override
    public String getPageTitle() {
        return (proposal == null ? "Resource proposal" : proposal.title()) + " – SEND Plan Portal";
    }

    private void show(ResourceProposalDetails shown) {
        this.proposal = shown;
        removeAll();
        add(
                new H1(shown.title()),
                new Paragraph("Version " + shown.versionNumber() + " · "
                        + shown.status().label() + " · figures in "
                        + shown.unit().label() + " · last changed by " + shown.lastChangedBy()));
        if (shown.draft().purpose() != null) {
            add(new Paragraph(shown.draft().purpose()));
        }
        if (shown.decision() != null) {
            Paragraph decision = new Paragraph(
                    "Board decision: " + shown.decision().outcome().label() + " on "
                            + shown.decision().date() + " – " + shown.decision().text() + " (recorded by "
                            + shown.decision().recordedBy() + ")");
            decision.addClassName("finance-decision");
            add(decision);
        }
        add(
                actions(),
                itemsGrid(),
                new H2("Totals"),
                new ProposalTotalsPanel(shown),
                new ExportLinks(() -> FinanceExports.proposal(proposal)),
                FinancePage.history(proposals.history(shown.id())));
        add(comments.on(ResourceProposalCommentTargets.resourceProposal(shown.id())));
    }

    private FigureGrid itemsGrid() {
        boolean editable = financeOfficer && proposal.editable();
        FigureGrid grid = new FigureGrid(
                "Items of " + proposal.title(),
                "Category, source and duration",
                proposal.years(),
                proposal.unit(),
                editable ? this::itemButtons : null);
        List<FigureRow> rows = new ArrayList<>();
        List<ProposalItem> items = proposal.items();
        for (int i = 0; i < items.size(); i++) {
            ProposalItemDraft item = items.get(i).details();
            rows.add(FigureRow.line(
                    i,
                    item.name(),
                    item.category().label() + " · " + item.source().label() + " · "
                            + item.duration().label(),
                    item.costs()));
        }
        for (FundingSource source : FundingSource.values()) {
            rows.add(FigureRow.total(
                    source.label() + " funding (computed)", proposal.totals().bySource(source)));
        }
        rows.add(FigureRow.total("Total (computed)", proposal.totals().all()));
        grid.setItems(rows);
        return grid;
    }

    private HorizontalLayout itemButtons(FigureRow row) {
        ProposalItemDraft item = proposal.items().get(row.position()).details();
        Button edit = new Button(
                "Edit",
                click -> new ProposalItemDialog(proposal, item, changed -> saveItems(replaced(row.position(), changed)))
                        .open());
        edit.setAriaLabel("Edit " + item.name());
        Button remove = new Button("Remove", click -> saveItems(replaced(row.position(), null)));
        remove.setAriaLabel("Remove " + item.name());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, remove);
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (financeOfficer && proposal.editable()) {
            Button add = new Button(
                    "Add an item",
                    click -> new ProposalItemDialog(proposal, null, item -> saveItems(appended(item))).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(
                    add,
                    new Button(
                            "Import items",
                            click -> new FinanceImportDialog(
                                            FinanceImport.forProposal(proposals, proposal), this::reload)
                                    .open()),
                    new Button("Change details", click -> new ProposalForm(proposals, proposal, this::show).open()),
                    new Button("Submit to the board", click -> {
                        show(proposals.submit(proposal.id(), proposal.version()));
                        Notification.show("Submitted to the board.");
                    }));
        }
        if (boardMember && proposal.status() == ProposalStatus.SUBMITTED) {
            Button decide = new Button(
                    "Record the board's decision",
                    click -> new BoardDecisionDialog(proposals, proposal, this::reload).open());
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(decide);
        }
        if (financeOfficer && proposal.status().decided()) {
            actions.add(new Button("Start a new version", click -> {
                ResourceProposalDetails next = proposals.startNewVersion(proposal.id());
                getUI().ifPresent(ui -> ui.navigate(base + next.id()));
            }));
        }
        return actions;
    }

    private List<ProposalItemDraft> appended(ProposalItemDraft item) {
        List<ProposalItemDraft> items = new ArrayList<>(
                proposal.items().stream().map(ProposalItem::details).toList());
        items.add(item);
        return items;
    }

    private List<ProposalItemDraft> replaced(int position, ProposalItemDraft item) {
        List<ProposalItemDraft> items = new ArrayList<>(
                proposal.items().stream().map(ProposalItem::details).toList());
        if (item == null) {
            items.remove(position);
        } else {
            items.set(position, item);
        }
        return items;
    }

    private void saveItems(List<ProposalItemDraft> items) {
        show(proposals.saveItems(proposal.id(), proposal.version(), items));
    }

    private void reload() {
        show(proposals.find(proposal.id()).orElseThrow(NotFoundException::new));
    }
}

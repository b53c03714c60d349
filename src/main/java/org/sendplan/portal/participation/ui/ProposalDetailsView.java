package org.sendplan.portal.participation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.sendplan.portal.comments.ui.CommentThreads;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.participation.ProposalCommentTargets;
import org.sendplan.portal.participation.ProposalDetails;
import org.sendplan.portal.participation.ProposalResponseRecord;
import org.sendplan.portal.participation.ProposalService;
import org.sendplan.portal.participation.SaidKind;
import org.sendplan.portal.participation.YouSaidWeDidService;
import org.sendplan.portal.ui.FormErrors;
import org.sendplan.portal.ui.MainLayout;

/** One proposal: what it asks, who supports it, what happened to it, and the comments on it. */
@Route(value = "t/:tenant/proposals/:proposalId", layout = MainLayout.class)
@RolesAllowed({"PARENT_CARER", "FORUM_LEAD", "SCHOOL_EDITOR", "BOARD_MEMBER", "LA_OFFICER", "TENANT_ADMIN"})
public class ProposalDetailsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final CurrentUser currentUser;
    private final CommentThreads comments;
    private final boolean raiser;
    private final boolean officer;
    private final boolean linker;
    private final YouSaidWeDidService youSaidWeDid;
    private String title = "Proposal – SEND Plan Portal";

    ProposalDetailsView(
            ProposalService proposals,
            CurrentUser currentUser,
            CommentThreads comments,
            AuthenticationContext authentication,
            YouSaidWeDidService youSaidWeDid) {
        this.proposals = proposals;
        this.youSaidWeDid = youSaidWeDid;
        this.linker = authentication.hasAnyRole("LA_OFFICER", "TENANT_ADMIN");
        this.currentUser = currentUser;
        this.comments = comments;
        this.raiser = authentication.hasAnyRole("PARENT_CARER", "FORUM_LEAD", "SCHOOL_EDITOR", "BOARD_MEMBER");
        this.officer = authentication.hasRole("LA_OFFICER");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id = event.getRouteParameters()
                .get("proposalId")
                .flatMap(ParticipationLinks::parse)
                .orElseThrow(NotFoundException::new);
        show(proposals.proposal(id).orElseThrow(NotFoundException::new));
    }

    private void show(ProposalDetails proposal) {
        title = proposal.title() + " – SEND Plan Portal";
        removeAll();
        String tenant = ParticipationLinks.tenant(currentUser);
        add(new H1(proposal.title()));
        add(new Paragraph(new Anchor(ParticipationLinks.plan(tenant, proposal.planId()), proposal.planTitle())));
        add(new Paragraph("Theme: " + proposal.themeTitle() + " · raised by " + proposal.proposerName() + " on "
                + DisplayFormats.LONG_DAY.format(proposal.raisedAt())));
        add(
                new H2("The problem"),
                text(proposal.problem()),
                new H2("The idea"),
                text(proposal.idea()),
                new H2("Expected impact"),
                text(proposal.expectedImpact()));
        if (proposal.estimate() != null) {
            add(new Paragraph(proposal.estimateKind().label() + " estimate: " + Money.format(proposal.estimate())));
        }
        Paragraph support =
                new Paragraph(proposal.supporters() == 1 ? "1 supporter" : proposal.supporters() + " supporters");
        support.addClassName("proposal-support");
        add(new H2("Support"), support);
        FormErrors errors = new FormErrors();
        if (raiser) {
            add(new Button(proposal.supportedByMe() ? "Withdraw my support" : "Support this proposal", click -> {
                try {
                    show(
                            proposal.supportedByMe()
                                    ? proposals.withdrawSupport(proposal.id())
                                    : proposals.support(proposal.id()));
                } catch (RuntimeException e) {
                    errors.show(e);
                }
            }));
        }
        add(new H2("What happened"), responses(proposal, tenant));
        if (officer) {
            Button respond =
                    new Button("Respond", click -> new RespondToProposalDialog(proposals, proposal, this::show).open());
            respond.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(respond);
        }
        if (linker) {
            add(new Button(
                    "Link to a change",
                    click -> new LinkToChangeDialog(
                                    youSaidWeDid,
                                    SaidKind.PROPOSAL,
                                    proposal.id(),
                                    proposal.title(),
                                    () -> Notification.show("The proposal is linked to the change it led to."))
                            .open()));
        }
        add(comments.on(ProposalCommentTargets.proposal(proposal.id())));
    }

    private static Component responses(ProposalDetails proposal, String tenant) {
        if (proposal.responses().isEmpty()) {
            return new Paragraph("The local authority has not responded yet.");
        }
        UnorderedList list = new UnorderedList();
        for (ProposalResponseRecord r : proposal.responses()) {
            ListItem item = new ListItem(
                    new H3(r.outcome().label()),
                    new Paragraph(r.respondedBy() + ", " + DisplayFormats.LONG_DAY_AT_TIME.format(r.respondedAt())),
                    text(r.reasons()));
            if (r.actionId() != null) {
                item.add(new Paragraph(new Anchor(
                        ParticipationLinks.action(tenant, proposal.planId(), r.actionId()),
                        "Action: " + r.actionActivity())));
            }
            list.add(item);
        }
        return list;
    }

    private static Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("pre-wrap");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

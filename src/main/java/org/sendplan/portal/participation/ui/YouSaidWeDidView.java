package org.sendplan.portal.participation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.participation.YouSaidWeDidEntry;
import org.sendplan.portal.participation.YouSaidWeDidService;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.ui.MainLayout;

/** A plan's "You said, we did": everything said that the authority has linked to a change, newest first. */
@Route(value = "t/:tenant/plans/:planId/you-said-we-did", layout = MainLayout.class)
@PermitAll
public class YouSaidWeDidView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final YouSaidWeDidService youSaidWeDid;
    private final PlanService plans;
    private final CurrentUser currentUser;
    private String title = "You said, we did – SEND Plan Portal";

    YouSaidWeDidView(YouSaidWeDidService youSaidWeDid, PlanService plans, CurrentUser currentUser) {
        this.youSaidWeDid = youSaidWeDid;
        this.plans = plans;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID planId = event.getRouteParameters()
                .get("planId")
                .flatMap(ParticipationLinks::parse)
                .orElseThrow(NotFoundException::new);
        PlanSummary plan = plans.plan(planId).orElseThrow(NotFoundException::new);
        title = "You said, we did: " + plan.title() + " – SEND Plan Portal";
        removeAll();
        String tenant = ParticipationLinks.tenant(currentUser);
        add(
                new H1("You said, we did: " + plan.title()),
                new Paragraph(new Anchor(ParticipationLinks.plan(tenant, plan.id()), "Back to the plan")));
        List<YouSaidWeDidEntry> entries = youSaidWeDid.forPlan(plan.id());
        if (entries.isEmpty()) {
            add(
                    new Paragraph(
                            "Nothing recorded yet. When the local authority links what people said to a change in the plan, it is listed here."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("you-said-we-did");
        entries.forEach(entry -> list.add(item(entry)));
        add(list);
    }

    private static ListItem item(YouSaidWeDidEntry entry) {
        Paragraph quote = new Paragraph(entry.quote());
        quote.addClassName("pre-wrap");
        Paragraph statement = new Paragraph(entry.statement());
        statement.addClassName("pre-wrap");
        String by = entry.saidBy().isEmpty()
                ? entry.saidKind().label()
                : entry.saidKind().label() + " from " + entry.saidBy();
        return new ListItem(
                new H2("You said"),
                new Paragraph(by),
                quote,
                new H2("We did"),
                new Paragraph(new Anchor(entry.weDidLink(), entry.weDid().title())),
                statement,
                new Paragraph("Linked by " + entry.linkedBy() + ", "
                        + DisplayFormats.LONG_DAY_AT_TIME.format(entry.linkedAt())));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;
import org.sendplan.portal.comments.ui.CommentThreads;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.PlanCommentTargets;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.plans.PlanVersionSummary;
import org.sendplan.portal.ui.MainLayout;

/** One approved version of a plan, and the comments on that version (the forum's view of what was approved). */
@Route(value = "t/:tenant/plans/:planId/versions/:number", layout = MainLayout.class)
@PermitAll
public class PlanVersionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final PlanLifecycle lifecycle;
    private final CurrentUser currentUser;
    private final CommentThreads comments;
    private String title = "Plan version – SEND Plan Portal";

    PlanVersionView(PlanService plans, PlanLifecycle lifecycle, CurrentUser currentUser, CommentThreads comments) {
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.currentUser = currentUser;
        this.comments = comments;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID planId = event.getRouteParameters()
                .get("planId")
                .flatMap(PlanLinks::parse)
                .orElseThrow(NotFoundException::new);
        int number = event.getRouteParameters().getInteger("number").orElseThrow(NotFoundException::new);
        PlanSummary plan = plans.plan(planId).orElseThrow(NotFoundException::new);
        PlanVersionSummary version = lifecycle.version(planId, number).orElseThrow(NotFoundException::new);
        title = "Version " + number + " of " + plan.title() + " – SEND Plan Portal";
        removeAll();
        add(
                new Anchor(PlanLinks.plan(PlanLinks.tenant(currentUser), planId), "Back to " + plan.title()),
                new H1("Version " + number + " of " + plan.title()),
                new Paragraph("Approved by " + version.approvedBy() + " on "
                        + DisplayFormats.DAY_AND_TIME.format(version.approvedAt())
                        + ". Compare it with other versions on the plan's page."),
                comments.on(PlanCommentTargets.version(version.id())));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

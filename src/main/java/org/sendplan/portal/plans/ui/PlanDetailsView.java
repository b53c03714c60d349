package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.comments.ui.CommentThreads;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanCommentTargets;
import org.sendplan.portal.plans.PlanExportService;
import org.sendplan.portal.plans.PlanImportService;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanPageSection;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.ui.FormErrors;
import org.sendplan.portal.ui.MainLayout;
import org.springframework.beans.factory.ObjectProvider;

/** One plan: its stage, the board's view at a glance, its actions to filter and search, and its versions. */
@Route(value = "t/:tenant/plans/:planId", layout = MainLayout.class)
@PermitAll
public class PlanDetailsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final ActionService actions;
    private final PlanLifecycle lifecycle;
    private final PlanImportService imports;
    private final PlanExportService exports;
    private final CurrentUser currentUser;
    private final CommentThreads comments;
    private final List<PlanPageSection> sections;
    private final boolean officer;
    private String title = "Plan – SEND Plan Portal";
    private UUID planId;

    PlanDetailsView(
            PlanService plans,
            ActionService actions,
            PlanLifecycle lifecycle,
            PlanImportService imports,
            PlanExportService exports,
            CurrentUser currentUser,
            CommentThreads comments,
            AuthenticationContext authentication,
            ObjectProvider<PlanPageSection> sections) {
        this.sections = sections.orderedStream().toList();
        this.plans = plans;
        this.actions = actions;
        this.lifecycle = lifecycle;
        this.imports = imports;
        this.exports = exports;
        this.currentUser = currentUser;
        this.comments = comments;
        this.officer = authentication.hasRole("LA_OFFICER");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = event.getRouteParameters()
                .get("planId")
                .flatMap(PlanLinks::parse)
                .orElseThrow(NotFoundException::new);
        show(plans.plan(planId).orElseThrow(NotFoundException::new));
    }

    private void show(PlanSummary plan) {
        title = plan.title() + " – SEND Plan Portal";
        removeAll();
        String tenant = PlanLinks.tenant(currentUser);
        Paragraph stage = new Paragraph(plan.period() + " · " + plan.status().label()
                + (plan.approvedVersions() > 0 ? " · approved versions: " + plan.approvedVersions() : ""));
        stage.addClassName("plan-stage");
        add(new H1(plan.title()), stage);
        if (plan.description() != null) {
            Paragraph description = new Paragraph(plan.description());
            description.addClassName("pre-wrap");
            add(description);
        }
        add(lifecycleButtons(plan));
        ActionBrowser browser = new ActionBrowser(plan, actions, plans, exports, tenant);
        if (officer && plan.status() != PlanStatus.CLOSED) {
            Button importTable = new Button(
                    "Import a plan table", click -> new ImportPlanDialog(plan.id(), imports, this::reload).open());
            importTable.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button addTheme =
                    new Button("Add a theme", click -> new AddThemeDialog(plan.id(), plans, this::reload).open());
            Button addAction = new Button(
                    "Add an action",
                    click -> new ActionForm(plan.id(), null, plans, actions, saved -> reload()).open());
            Button details = new Button(
                    "Change plan details", click -> new AddPlanDialog(plans, plan, saved -> reload()).open());
            HorizontalLayout tools = new HorizontalLayout(importTable, addTheme, addAction, details);
            tools.setWrap(true);
            add(tools);
        }
        sections.forEach(section -> section.sectionFor(plan).ifPresent(this::add));
        add(new H2("At a glance"), new PlanAtAGlance(plan.id(), actions));
        add(new H2("Actions"), browser);
        add(new H2("What changed since a board meeting"), new ChangesSincePanel(plan.id(), actions, tenant));
        add(new H2("Approved versions"), new PlanVersionsPanel(plan.id(), lifecycle, tenant));
        add(new H2("Stages"), stages(plan));
        add(comments.on(PlanCommentTargets.plan(plan.id())));
    }

    private HorizontalLayout lifecycleButtons(PlanSummary plan) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        FormErrors errors = new FormErrors();
        for (PlanStatus target : lifecycle.movesAllowed(plan)) {
            Runnable doMove = () -> {
                try {
                    PlanSummary moved = lifecycle.moveTo(plan.id(), plan.version(), target);
                    Notification.show(
                            moved.title() + " is now " + moved.status().label().toLowerCase() + ".");
                    show(moved);
                } catch (RuntimeException e) {
                    errors.show(e);
                }
            };
            Button move = new Button(moveLabel(target), click -> {
                if (target == PlanStatus.APPROVED) {
                    confirmApproval(plan, doMove);
                } else {
                    doMove.run();
                }
            });
            if (target == PlanStatus.APPROVED) {
                move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            buttons.add(move);
        }
        return buttons;
    }

    /** The board reads the forum's position, or that there is none, before approving. */
    private void confirmApproval(PlanSummary plan, Runnable approve) {
        Paragraph position = new Paragraph(lifecycle.forumPositionForApproval(plan));
        position.addClassName("forum-position");
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Approve version " + plan.nextVersionNumber() + " of " + plan.title() + "?");
        confirm.setText(position);
        confirm.setConfirmText("Approve");
        confirm.addConfirmListener(click -> approve.run());
        confirm.setCancelable(true);
        confirm.setCancelText("Not now");
        confirm.open();
    }

    private UnorderedList stages(PlanSummary plan) {
        UnorderedList list = new UnorderedList();
        list.add(new ListItem("Now " + plan.status().label().toLowerCase() + "."));
        lifecycle
                .transitions(plan.id())
                .forEach(t -> list.add(new ListItem(t.from().label() + " → " + t.to().label() + ": " + t.movedBy()
                        + ", " + DisplayFormats.DAY_AND_TIME.format(t.movedAt()))));
        return list;
    }

    private static String moveLabel(PlanStatus to) {
        return switch (to) {
            case DRAFT -> "Return to draft";
            case CONSULTATION -> "Send out for consultation";
            case APPROVED -> "Approve this version";
            case ACTIVE -> "Make the plan active";
            case CLOSED -> "Close the plan";
        };
    }

    private void reload() {
        show(plans.plan(planId).orElseThrow(NotFoundException::new));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

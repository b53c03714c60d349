package org.sendplan.portal.plans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.comments.ui.CommentThreads;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.ActionChangeRecord;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.plans.ActionPageSection;
import org.sendplan.portal.plans.ActionSavingsService;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.MilestoneDraft;
import org.sendplan.portal.plans.PlanCommentTargets;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.ProgressService;
import org.sendplan.portal.plans.ProgressUpdateDetails;
import org.sendplan.portal.ui.MainLayout;
import org.springframework.beans.factory.ObjectProvider;

/** One action in full: its fields, milestones (overdue ones marked), progress updates with evidence, and its history. */
@Route(value = "t/:tenant/plans/:planId/actions/:actionId", layout = MainLayout.class)
@PermitAll
public class ActionDetailsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionService actions;
    private final PlanService plans;
    private final ProgressService progress;
    private final ActionSavingsService savings;
    private final CurrentUser currentUser;
    private final List<ActionPageSection> sections;
    private final CommentThreads comments;
    private final boolean officer;
    private final boolean savingsRecorder;
    private String title = "Action – SEND Plan Portal";
    private UUID actionId;

    ActionDetailsView(
            ActionService actions,
            PlanService plans,
            ProgressService progress,
            ActionSavingsService savings,
            CurrentUser currentUser,
            CommentThreads comments,
            AuthenticationContext authentication,
            ObjectProvider<ActionPageSection> sections) {
        this.actions = actions;
        this.sections = sections.orderedStream().toList();
        this.plans = plans;
        this.progress = progress;
        this.savings = savings;
        this.currentUser = currentUser;
        this.comments = comments;
        this.officer = authentication.hasRole("LA_OFFICER");
        this.savingsRecorder = officer || authentication.hasRole("FINANCE_OFFICER");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actionId = event.getRouteParameters()
                .get("actionId")
                .flatMap(PlanLinks::parse)
                .orElseThrow(NotFoundException::new);
        show();
    }

    private void show() {
        ActionDetails action = actions.action(actionId).orElseThrow(NotFoundException::new);
        String tenant = PlanLinks.tenant(currentUser);
        String planTitle =
                plans.plan(action.planId()).orElseThrow(NotFoundException::new).title();
        title = abbreviate(action.activity()) + " – SEND Plan Portal";
        removeAll();
        add(new Anchor(PlanLinks.plan(tenant, action.planId()), "Back to " + planTitle));
        add(new H1(action.activity()));
        HorizontalLayout status = new HorizontalLayout(
                new RagLabel(action.rag()), new Span(action.status().label()));
        if (action.overdueOn(LocalDate.now())) {
            Span overdue = new Span("Overdue");
            overdue.addClassName("overdue");
            status.add(overdue);
        }
        add(status);
        if (officer) {
            Button edit = new Button(
                    "Edit action",
                    click -> new ActionForm(action.planId(), action, plans, actions, saved -> {
                                Notification.show("The action is saved.");
                                show();
                            })
                            .open());
            Button update = new Button(
                    "Post a progress update", click -> new ProgressUpdateDialog(action, progress, this::show).open());
            update.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button remove = new Button("Remove action", click -> confirmRemoval(action, tenant));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(new HorizontalLayout(update, edit, remove));
        }
        add(
                fields(action),
                new H2("Milestones"),
                milestones(action),
                new ActionSavingsPanel(action.id(), savings, savingsRecorder, this::show),
                new H2("Progress updates"),
                updates(action));
        sections.forEach(section -> section.sectionFor(action.id()).ifPresent(this::add));
        add(new H2("History"), history(action));
        add(comments.on(PlanCommentTargets.action(action.id())));
    }

    private void confirmRemoval(ActionDetails action, String tenant) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Remove this action?",
                "\"" + abbreviate(action.activity())
                        + "\" and its milestones, progress updates and evidence will be removed. "
                        + "Its history is kept. An approved plan returns to draft.",
                "Remove action",
                click -> {
                    actions.remove(action.id(), action.version());
                    Notification.show("The action is removed.");
                    getUI().ifPresent(ui ->
                            ui.navigate(PlanLinks.plan(tenant, action.planId()).substring(1)));
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private DescriptionList fields(ActionDetails a) {
        DescriptionList list = new DescriptionList();
        list.addClassName("action-fields");
        item(list, "Theme", a.themeTitle());
        item(list, "Measure", a.measure());
        item(list, "Expected change", a.expectedChange());
        item(list, "Rationale", a.rationale());
        item(
                list,
                "Savings",
                (a.savingsRating() == null ? "" : a.savingsRating().label() + ": ") + nz(a.savingsNarrative()));
        item(list, "Benefits realisation", a.benefitsRealisation());
        item(list, "Lead", a.lead());
        item(list, "Capacity note", a.capacityNote());
        item(list, "Owner", a.ownerName());
        item(list, "Due date", a.dueDate() == null ? null : DisplayFormats.DAY.format(a.dueDate()));
        item(list, "Partner organisations", String.join(", ", a.partners()));
        item(list, "Last changed", DisplayFormats.DAY_AND_TIME.format(a.updatedAt()) + " by " + a.updatedBy());
        return list;
    }

    private static void item(DescriptionList list, String term, String value) {
        list.add(
                new DescriptionList.Term(term),
                new DescriptionList.Description(value == null || value.isBlank() ? "—" : value));
    }

    private Component milestones(ActionDetails a) {
        Grid<MilestoneDraft> grid = new Grid<>(MilestoneDraft.class, false);
        LocalDate today = LocalDate.now();
        grid.addColumn(MilestoneDraft::title).setHeader("Milestone").setFlexGrow(3);
        grid.addColumn(m -> DisplayFormats.DAY.format(m.dueDate()))
                .setHeader("Due")
                .setAutoWidth(true);
        grid.addColumn(m -> m.done() ? "Done" : m.overdueOn(today) ? "Overdue" : "To do")
                .setHeader("State")
                .setAutoWidth(true);
        grid.setItems(a.milestones());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Milestones");
        grid.setEmptyStateText("No milestones yet.");
        return grid;
    }

    private Component updates(ActionDetails a) {
        Grid<ProgressUpdateDetails> grid = new Grid<>(ProgressUpdateDetails.class, false);
        grid.addColumn(u -> DisplayFormats.DAY.format(u.date()))
                .setHeader("Date")
                .setAutoWidth(true);
        grid.addColumn(u -> u.rag().label()
                        + (u.ragChanged() ? " (was " + u.previousRag().label() + ": " + u.reason() + ")" : ""))
                .setHeader("RAG")
                .setFlexGrow(1);
        grid.addColumn(ProgressUpdateDetails::narrative).setHeader("Update").setFlexGrow(3);
        grid.addComponentColumn(u -> u.evidenceId() == null ? new Span("") : evidenceLink(a.id(), u))
                .setHeader("Evidence")
                .setAutoWidth(true);
        grid.addColumn(ProgressUpdateDetails::postedBy).setHeader("By").setAutoWidth(true);
        grid.setItems(progress.updates(a.id()));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Progress updates");
        grid.setEmptyStateText("No progress updates yet.");
        grid.addClassName("wrap-cells");
        return grid;
    }

    private Anchor evidenceLink(UUID actionId, ProgressUpdateDetails u) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> progress.evidence(actionId, u.evidenceId())
                        .map(file -> new DownloadResponse(
                                new ByteArrayInputStream(file.content()),
                                file.fileName(),
                                file.contentType(),
                                file.content().length))
                        .orElseGet(() -> DownloadResponse.error(404))),
                u.evidenceName());
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Component history(ActionDetails a) {
        Grid<ActionChangeRecord> grid = new Grid<>(ActionChangeRecord.class, false);
        grid.addColumn(c -> DisplayFormats.DAY_AND_TIME.format(c.changedAt()))
                .setHeader("When")
                .setAutoWidth(true);
        grid.addColumn(ActionChangeRecord::changedBy).setHeader("Who").setAutoWidth(true);
        grid.addColumn(ActionChangeRecord::field).setHeader("What").setAutoWidth(true);
        grid.addColumn(c -> c.oldValue() == null ? "(empty)" : c.oldValue())
                .setHeader("From")
                .setFlexGrow(1);
        grid.addColumn(c -> c.newValue() == null ? "(empty)" : c.newValue())
                .setHeader("To")
                .setFlexGrow(1);
        grid.setItems(actions.history(a.id()));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("History of this action");
        grid.addClassName("wrap-cells");
        return grid;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

package org.sendplan.portal.comments.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sendplan.portal.comments.CommentDetails;
import org.sendplan.portal.comments.ModerationEntry;
import org.sendplan.portal.comments.ModerationService;
import org.sendplan.portal.comments.ReportedComment;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.ui.GridLink;
import org.sendplan.portal.ui.MainLayout;
import org.sendplan.portal.ui.NavigationItem;

/**
 * The moderators' work: reported comments to hide or dismiss (several at once), one person's comments to hide
 * or their commenting to pause, hidden comments to restore, and the log of every decision.
 */
@Route(value = "t/:tenant/moderation", layout = MainLayout.class)
@PageTitle("Moderation – SEND Plan Portal")
@NavigationItem(title = "Moderation", order = 830)
@RolesAllowed({"TENANT_ADMIN", "MODERATOR"})
public class ModerationView extends Div {

    private final ModerationService moderation;
    private final Grid<ReportedComment> reported = commentGrid("Reported comments", true);
    private final Grid<ReportedComment> hidden = commentGrid("Hidden comments", false);
    private final Grid<ModerationEntry> log = new Grid<>(ModerationEntry.class, false);

    ModerationView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("page");
        log.addColumn(e -> DisplayFormats.TIME_ON_DAY.format(e.actedAt()))
                .setHeader("When")
                .setAutoWidth(true);
        log.addColumn(ModerationEntry::moderatorName).setHeader("Who").setAutoWidth(true);
        log.addColumn(ModerationEntry::action).setHeader("What").setFlexGrow(1);
        log.addColumn(e -> e.personName() == null ? "" : e.personName())
                .setHeader("Whose")
                .setAutoWidth(true);
        log.addColumn(e -> e.reason() == null ? "" : e.reason())
                .setHeader("Why")
                .setFlexGrow(2);
        log.setAriaLabel("Moderation log");
        log.setAllRowsVisible(true);
        log.setEmptyStateText("No moderation yet.");
        log.addClassName("wrap-cells");
        add(
                new H1("Moderation"),
                new H2("Reported comments"),
                new Paragraph("Choose one or more comments, then decide. Authors are told what was hidden and why."),
                queueActions(),
                reported,
                new H2("Hidden comments"),
                new HorizontalLayout(new Button("Restore chosen comments", click -> restore())),
                hidden,
                new H2("Moderation log"),
                log);
        refresh();
    }

    private HorizontalLayout queueActions() {
        HorizontalLayout actions = new HorizontalLayout(
                new Button(
                        "Hide chosen comments",
                        click -> withChosen(ids -> new ModerationDialog(
                                        "Hide " + ids.size() + " comment(s)",
                                        "They will show as hidden to everyone but their authors and moderators.",
                                        "Hide comments",
                                        false,
                                        (reason, until) -> moderation.hide(ids, reason),
                                        this::refresh)
                                .open())),
                new Button(
                        "Dismiss reports",
                        click -> withChosen(ids -> {
                            moderation.dismissReports(ids);
                            Notification.show("The reports are dismissed; the comments stay as they are.");
                            refresh();
                        })),
                new Button(
                        "Hide all of this person's comments",
                        click -> withOnePerson((personId, name) -> new ModerationDialog(
                                        "Hide all of " + name + "'s comments",
                                        "Every comment of theirs still shown, on every page, will be hidden.",
                                        "Hide all their comments",
                                        false,
                                        (reason, until) -> moderation.hideAllBy(personId, reason),
                                        this::refresh)
                                .open())),
                new Button(
                        "Pause this person's commenting",
                        click -> withOnePerson((personId, name) -> new ModerationDialog(
                                        "Pause " + name + "'s commenting",
                                        "They can read everything but cannot comment until the day after the date you choose.",
                                        "Pause commenting",
                                        true,
                                        (reason, until) -> moderation.pause(personId, until, reason),
                                        this::refresh)
                                .open())));
        actions.setWrap(true);
        return actions;
    }

    private void withChosen(Consumer<Set<UUID>> action) {
        Set<UUID> ids =
                reported.getSelectedItems().stream().map(r -> r.comment().id()).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            refuse("Choose at least one reported comment first.");
            return;
        }
        action.accept(ids);
    }

    private void withOnePerson(PersonAction action) {
        Set<CommentDetails> chosen = reported.getSelectedItems().stream()
                .map(ReportedComment::comment)
                .collect(Collectors.toSet());
        Set<UUID> authors = chosen.stream().map(CommentDetails::authorId).collect(Collectors.toSet());
        if (authors.size() != 1) {
            refuse("Choose comments by one person only.");
            return;
        }
        action.take(authors.iterator().next(), chosen.iterator().next().authorName());
    }

    private void restore() {
        Set<UUID> ids =
                hidden.getSelectedItems().stream().map(r -> r.comment().id()).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            refuse("Choose at least one hidden comment first.");
            return;
        }
        moderation.restore(ids);
        Notification.show("The comments are shown again; their authors are told.");
        refresh();
    }

    private void refresh() {
        reported.setItems(moderation.queue());
        hidden.setItems(moderation.hidden());
        log.setItems(moderation.log());
    }

    private static void refuse(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Grid<ReportedComment> commentGrid(String label, boolean withReports) {
        Grid<ReportedComment> grid = new Grid<>(ReportedComment.class, false);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(r -> new CommentBody(r.comment().text(), Map.of()))
                .setHeader("Comment")
                .setFlexGrow(3);
        grid.addColumn(r -> r.comment().authorName()).setHeader("By").setAutoWidth(true);
        grid.addComponentColumn(ModerationView::where).setHeader("On").setFlexGrow(1);
        if (withReports) {
            grid.addColumn(r -> String.join("; ", r.reports()))
                    .setHeader("Reports")
                    .setFlexGrow(2);
        } else {
            grid.addColumn(r -> r.comment().hiddenReason())
                    .setHeader("Why hidden")
                    .setFlexGrow(2);
        }
        grid.setAriaLabel(label);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(withReports ? "Nothing reported. Well done, everyone." : "No hidden comments.");
        grid.addClassName("wrap-cells");
        return grid;
    }

    private static Component where(ReportedComment r) {
        return r.target().link() == null
                ? new Span(r.target().title())
                : GridLink.to(r.target().link(), r.target().title());
    }

    @FunctionalInterface
    private interface PersonAction {
        void take(UUID personId, String name);
    }
}

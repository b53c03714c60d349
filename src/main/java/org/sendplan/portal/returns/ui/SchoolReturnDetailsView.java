package org.sendplan.portal.returns.ui;

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
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.returns.ReturnProblems;
import org.sendplan.portal.returns.ReturnStatus;
import org.sendplan.portal.returns.SchoolReturnDetails;
import org.sendplan.portal.returns.SchoolReturnService;
import org.sendplan.portal.ui.FormErrors;
import org.sendplan.portal.ui.MainLayout;
import org.springframework.dao.OptimisticLockingFailureException;

/** One school's return: the school fills and submits it; the LA queries, accepts or reopens it. Its history below. */
@Route(value = "t/:tenant/returns/:id", layout = MainLayout.class)
@RolesAllowed({"SCHOOL_EDITOR", "LA_OFFICER", "TENANT_ADMIN"})
public class SchoolReturnDetailsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CHANGED_ELSEWHERE =
            "Someone else changed this return while you were working on it, so yours was not saved. "
                    + "Your figures are still on this page: note them, reload the page to see the other change, then enter yours again.";

    private final SchoolReturnService returns;
    private final boolean la;
    private SchoolReturnDetails shown;
    private ReturnForm form;

    SchoolReturnDetailsView(SchoolReturnService returns, AuthenticationContext authentication) {
        this.returns = returns;
        this.la = authentication.hasAnyRole("LA_OFFICER", "TENANT_ADMIN");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters()
                .get("id")
                .flatMap(ReturnPages::idFrom)
                .flatMap(returns::find)
                .orElseThrow(NotFoundException::new));
    }

    @Override
    public String getPageTitle() {
        return (shown == null
                        ? "Return"
                        : shown.summary().collectionTitle() + ", "
                                + shown.summary().schoolName()) + " – SEND Plan Portal";
    }

    private void show(SchoolReturnDetails details) {
        shown = details;
        removeAll();
        ReturnStatus status = details.status();
        add(new H1(details.summary().collectionTitle()));
        Paragraph about = new Paragraph(details.summary().schoolName() + " (URN "
                + details.summary().urn() + ") · " + details.summary().period() + " · deadline "
                + ReturnPages.day(details.summary().deadline()) + " · ");
        about.add(ReturnPages.status(status));
        add(about);
        if (!details.summary().reminder().isEmpty()) {
            Paragraph reminder = new Paragraph(details.summary().reminder());
            reminder.addClassName("overdue");
            add(reminder);
        }
        if (details.overallQuery() != null) {
            Paragraph query = new Paragraph("The LA says: " + details.overallQuery());
            query.addClassName("overdue");
            add(query);
        }
        boolean reviewing = la && status.awaitingLa();
        form = new ReturnForm(details, status.editable(), reviewing);
        add(form);
        if (status.editable()) {
            add(schoolButtons(status));
        } else if (reviewing) {
            add(reviewButtons());
        } else if (la && status == ReturnStatus.ACCEPTED) {
            add(new Button("Reopen for correction", click -> reopenDialog().open()));
        }
        add(history(details));
    }

    private HorizontalLayout schoolButtons(ReturnStatus status) {
        Button draft = new Button(
                "Save draft",
                click -> save(
                        () -> returns.saveDraft(shown.summary().id(), shown.version(), form.entries()),
                        "Draft saved."));
        Button submit = new Button(
                status == ReturnStatus.QUERIED ? "Resubmit" : "Submit",
                click -> save(
                        () -> returns.submit(shown.summary().id(), shown.version(), form.entries()),
                        "Return submitted to the local authority."));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new HorizontalLayout(draft, submit);
    }

    private Div reviewButtons() {
        TextArea overall = new TextArea("Query on the whole return");
        overall.setWidthFull();
        FormErrors errors = new FormErrors().bind("overallQuery", overall);
        Button query = new Button("Send the query to the school", click -> {
            try {
                show(returns.query(shown.summary().id(), shown.version(), overall.getValue(), form.queries()));
                Notification.show("Query sent: the return is back with the school.");
            } catch (OptimisticLockingFailureException e) {
                refuse(CHANGED_ELSEWHERE);
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        Button accept = new Button(
                "Accept",
                click -> save(
                        () -> returns.accept(shown.summary().id(), shown.version()), "Return accepted and locked."));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(overall, new HorizontalLayout(query, accept));
    }

    private ConfirmDialog reopenDialog() {
        TextArea reason = new TextArea("Why it is being reopened");
        reason.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Reopen this return");
        dialog.add(
                new Paragraph(
                        "The school will be able to change its figures; they leave the KPIs until the return is accepted again."),
                reason);
        dialog.setCancelable(true);
        dialog.setConfirmText("Reopen");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> save(
                () -> returns.reopen(shown.summary().id(), shown.version(), reason.getValue()), "Return reopened."));
        return dialog;
    }

    /** Shows the saved return; a refusal leaves every typed figure in place with the problem beside it. */
    private void save(Supplier<SchoolReturnDetails> action, String done) {
        try {
            show(action.get());
            Notification.show(done);
        } catch (ReturnProblems problems) {
            form.show(problems.problems());
            refuse(problems.getMessage());
        } catch (OptimisticLockingFailureException e) {
            refuse(CHANGED_ELSEWHERE);
        } catch (InvalidInputException e) {
            refuse(e.getMessage());
        }
    }

    private static void refuse(String message) {
        Notification.show(message, 10000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Div history(SchoolReturnDetails details) {
        UnorderedList list = new UnorderedList();
        details.steps()
                .forEach(step -> list.add(new ListItem(DisplayFormats.DAY_AND_TIME.format(step.at()) + " – " + step.by()
                        + ": " + step.action().pastTense() + (step.note() == null ? "" : " – " + step.note()))));
        if (details.steps().isEmpty()) {
            list.add(new ListItem("Not started yet."));
        }
        return new Div(new H2("History"), list);
    }
}

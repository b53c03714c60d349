package org.sendplan.portal.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.participation.ConsultationAnswer;
import org.sendplan.portal.participation.ConsultationDetails;
import org.sendplan.portal.participation.ConsultationQuestion;
import org.sendplan.portal.participation.ConsultationService;
import org.sendplan.portal.participation.QuestionSummary;
import org.sendplan.portal.participation.SaidKind;
import org.sendplan.portal.participation.YouSaidWeDidService;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.ui.FormErrors;
import org.sendplan.portal.ui.MainLayout;

/** A plan's consultation: its window and questions, answers while open, and for the LA, forum and board what was said. */
@Route(value = "t/:tenant/plans/:planId/consultation", layout = MainLayout.class)
@PermitAll
public class ConsultationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final PlanService plans;
    private final CurrentUser currentUser;
    private final boolean officer;
    private final boolean facilitator;
    private final boolean analyst;
    private final boolean linker;
    private final YouSaidWeDidService youSaidWeDid;
    private String title = "Consultation – SEND Plan Portal";
    private PlanSummary plan;

    ConsultationView(
            ConsultationService consultations,
            PlanService plans,
            CurrentUser currentUser,
            AuthenticationContext authentication,
            YouSaidWeDidService youSaidWeDid) {
        this.consultations = consultations;
        this.youSaidWeDid = youSaidWeDid;
        this.linker = authentication.hasAnyRole("LA_OFFICER", "TENANT_ADMIN");
        this.plans = plans;
        this.currentUser = currentUser;
        this.officer = authentication.hasRole("LA_OFFICER");
        this.facilitator = authentication.hasAnyRole("LA_OFFICER", "FORUM_LEAD");
        this.analyst = authentication.hasAnyRole("LA_OFFICER", "FORUM_LEAD", "BOARD_MEMBER", "TENANT_ADMIN");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID planId = event.getRouteParameters()
                .get("planId")
                .flatMap(ParticipationLinks::parse)
                .orElseThrow(NotFoundException::new);
        plan = plans.plan(planId).orElseThrow(NotFoundException::new);
        show();
    }

    private void show() {
        removeAll();
        title = "Consultation on " + plan.title() + " – SEND Plan Portal";
        String tenant = ParticipationLinks.tenant(currentUser);
        add(
                new H1("Consultation on " + plan.title()),
                new Paragraph(new Anchor(ParticipationLinks.plan(tenant, plan.id()), "Back to the plan")));
        consultations.consultationOf(plan.id()).ifPresentOrElse(this::showConsultation, () -> {
            add(new Paragraph("This plan has no consultation yet."));
            if (officer && plan.status() == PlanStatus.CONSULTATION) {
                Button open = new Button(
                        "Open a consultation",
                        click -> new OpenConsultationDialog(consultations, plan.id(), saved -> show()).open());
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(open);
            }
        });
    }

    private void showConsultation(ConsultationDetails consultation) {
        Paragraph window = new Paragraph("Version " + consultation.versionNumber() + " · open from "
                + DisplayFormats.LONG_DAY.format(consultation.opensOn()) + " to "
                + DisplayFormats.LONG_DAY.format(consultation.closesOn()) + " · "
                + consultation.state().label());
        window.addClassName("consultation-window");
        add(window);
        Map<UUID, ConsultationAnswer> mine = consultations.myAnswers(consultation.id());
        add(new H2("Discussion questions"));
        for (ConsultationQuestion question : consultation.questions()) {
            add(new H3(question.position() + ". " + question.text()));
            if (consultation.open()) {
                add(answerForm(question, mine.get(question.id())));
            } else if (mine.containsKey(question.id())) {
                Paragraph answer =
                        new Paragraph("Your answer: " + mine.get(question.id()).text());
                answer.addClassName("pre-wrap");
                add(answer);
            }
        }
        if (analyst) {
            add(new H2("What people said"), summary(consultation), answers(consultation));
            add(new ExportLinks(() -> consultations.export(consultation.id())));
        }
    }

    private Div answerForm(ConsultationQuestion question, ConsultationAnswer existing) {
        TextArea answer = new TextArea("Your answer to question " + question.position());
        answer.setWidthFull();
        answer.setMaxLength(4000);
        if (existing != null) {
            answer.setValue(existing.text());
        }
        FormErrors errors = new FormErrors().bind("text", answer);
        Button save = new Button(existing == null ? "Save answer" : "Change answer", click -> {
            try {
                consultations.answer(question.id(), existing == null ? null : existing.version(), answer.getValue());
                Notification.show("Your answer to question " + question.position() + " is saved.");
                show();
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        HorizontalLayout buttons = new HorizontalLayout(save);
        if (facilitator) {
            buttons.add(new Button(
                    "Enter a table's notes",
                    click -> new TableNotesDialog(consultations, question, this::show).open()));
        }
        return new Div(answer, buttons);
    }

    private Grid<QuestionSummary> summary(ConsultationDetails consultation) {
        Grid<QuestionSummary> grid = new Grid<>(QuestionSummary.class, false);
        grid.addColumn(s -> s.question().position() + ". " + s.question().text())
                .setHeader("Question")
                .setKey("question")
                .setFlexGrow(3);
        grid.addColumn(QuestionSummary::answers)
                .setHeader("Answers")
                .setKey("answers")
                .setAutoWidth(true);
        grid.addColumn(QuestionSummary::people)
                .setHeader("People")
                .setKey("people")
                .setAutoWidth(true);
        grid.addColumn(s -> String.join(", ", s.groups()))
                .setHeader("Groups")
                .setKey("groups")
                .setFlexGrow(1);
        grid.setItems(consultations.summary(consultation.id()));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Summary per question");
        grid.addClassName("wrap-cells");
        return grid;
    }

    private Grid<ConsultationAnswer> answers(ConsultationDetails consultation) {
        Map<UUID, Integer> numbers = consultation.questions().stream()
                .collect(Collectors.toMap(ConsultationQuestion::id, ConsultationQuestion::position));
        Grid<ConsultationAnswer> grid = new Grid<>(ConsultationAnswer.class, false);
        grid.addColumn(a -> numbers.get(a.questionId()))
                .setHeader("Question")
                .setKey("question")
                .setAutoWidth(true);
        grid.addColumn(ConsultationAnswer::text)
                .setHeader("Answer")
                .setKey("text")
                .setFlexGrow(3);
        grid.addColumn(ConsultationAnswer::by).setHeader("By").setKey("by").setFlexGrow(1);
        if (linker) {
            grid.addComponentColumn(answer -> new Button(
                            "Link to a change",
                            click -> new LinkToChangeDialog(
                                            youSaidWeDid,
                                            SaidKind.ANSWER,
                                            answer.id(),
                                            answer.text(),
                                            () -> Notification.show("The answer is linked to the change it led to."))
                                    .open()))
                    .setHeader("You said, we did")
                    .setKey("link")
                    .setAutoWidth(true);
        }
        grid.setItems(consultations.answers(consultation.id()));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Answers");
        grid.setEmptyStateText("No answers yet.");
        grid.addClassName("wrap-cells");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

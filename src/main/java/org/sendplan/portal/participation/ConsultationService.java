package org.sendplan.portal.participation;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.PortalTime;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.participation.internal.Answer;
import org.sendplan.portal.participation.internal.Answers;
import org.sendplan.portal.participation.internal.Consultation;
import org.sendplan.portal.participation.internal.Consultations;
import org.sendplan.portal.participation.internal.Question;
import org.sendplan.portal.participation.internal.Questions;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Consultations on a plan version: LA officers open a window with discussion questions; members answer
 * while it is open; facilitators enter a table's notes for a named group. The window closes by itself,
 * by the clock, on its closing date.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ConsultationService {

    static final String FACILITATORS = "hasAnyRole('LA_OFFICER', 'FORUM_LEAD')";
    static final String ANALYSTS = "hasAnyRole('LA_OFFICER', 'FORUM_LEAD', 'BOARD_MEMBER', 'TENANT_ADMIN')";
    private static final int LONGEST_ANSWER = 4000;
    private static final int MOST_QUESTIONS = 20;

    private final Consultations consultations;
    private final Questions questions;
    private final Answers answers;
    private final PlanService plans;
    private final ParticipationNotifications notifications;
    private final Clock clock;
    private final CurrentUser currentUser;

    ConsultationService(
            Consultations consultations,
            Questions questions,
            Answers answers,
            PlanService plans,
            ParticipationNotifications notifications,
            Clock clock,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.consultations = consultations;
        this.questions = questions;
        this.answers = answers;
        this.plans = plans;
        this.notifications = notifications;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('LA_OFFICER')")
    @Transactional
    public ConsultationDetails open(UUID planId, @Valid ConsultationDraft draft) {
        PlanSummary plan =
                plans.plan(planId).orElseThrow(() -> new InvalidInputException("That plan no longer exists"));
        if (plan.status() != PlanStatus.CONSULTATION) {
            throw new InvalidInputException("Send the plan out for consultation before opening a consultation on it");
        }
        if (consultations.existsByPlanIdAndVersionNumber(planId, plan.nextVersionNumber())) {
            throw new InvalidInputException(
                    "Version " + plan.nextVersionNumber() + " of this plan already has a consultation");
        }
        checkWindow(draft.opensOn(), draft.closesOn());
        List<String> asked = checkQuestions(draft.questions());
        Consultation consultation = consultations.saveAndFlush(new Consultation(
                planId,
                plan.nextVersionNumber(),
                draft.opensOn(),
                draft.closesOn(),
                currentUser.require().displayName(),
                Instant.now(clock)));
        for (int i = 0; i < asked.size(); i++) {
            questions.save(new Question(consultation.id(), i + 1, asked.get(i)));
        }
        notifications.opened(consultation, plan);
        return details(consultation, plan);
    }

    /** The plan's latest consultation, if it has one and the person may read the plan. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ConsultationDetails> consultationOf(UUID planId) {
        return plans.plan(planId)
                .flatMap(plan -> consultations
                        .findFirstByPlanIdOrderByVersionNumberDesc(planId)
                        .map(consultation -> details(consultation, plan)));
    }

    /** Adds or changes the signed-in person's own answer; {@code expectedVersion} is null for a first answer. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ConsultationAnswer answer(UUID questionId, Long expectedVersion, String text) {
        Question question = openQuestion(questionId);
        String answer = checkText("text", text, "Enter your answer");
        SignedInUser me = currentUser.require();
        Optional<Answer> existing = answers.findByQuestionIdAndPersonIdAndGroupNameIsNull(
                question.toQuestion().id(), me.personId());
        if (existing.isPresent()) {
            Answer mine = existing.get();
            if (!Objects.equals(expectedVersion, mine.version())) {
                throw Participants.changedElsewhere("Your answer", mine.answeredBy(), mine.answeredAt());
            }
            mine.change(answer, me.displayName(), Instant.now(clock));
            return answers.saveAndFlush(mine).toAnswer();
        }
        if (expectedVersion != null) {
            throw new InvalidInputException(
                    "Your answer was removed elsewhere — reload to answer again. Your changes were not saved.");
        }
        return answers.saveAndFlush(
                        new Answer(questionId, me.personId(), me.displayName(), null, answer, Instant.now(clock)))
                .toAnswer();
    }

    /** A facilitator's notes of a table's discussion, recorded as theirs on behalf of the named group. */
    @PreAuthorize(FACILITATORS)
    @Transactional
    public ConsultationAnswer recordTableNotes(UUID questionId, String groupName, String notes) {
        Question question = openQuestion(questionId);
        String group = checkText("groupName", groupName, "Enter the group's name, e.g. Table 3");
        if (group.length() > 200) {
            throw new InvalidInputException("groupName", "Keep the group's name to 200 characters");
        }
        String text = checkText("text", notes, "Enter the table's notes");
        SignedInUser me = currentUser.require();
        return answers.saveAndFlush(new Answer(
                        question.toQuestion().id(), me.personId(), me.displayName(), group, text, Instant.now(clock)))
                .toAnswer();
    }

    /** The signed-in person's own answers, by question. */
    @PreAuthorize("isAuthenticated()")
    public Map<UUID, ConsultationAnswer> myAnswers(UUID consultationId) {
        UUID me = currentUser.require().personId();
        return allAnswers(consultationId).stream()
                .filter(a -> !a.forGroup() && a.personId().equals(me))
                .collect(Collectors.toMap(ConsultationAnswer::questionId, Function.identity()));
    }

    @PreAuthorize(ANALYSTS)
    public List<ConsultationAnswer> answers(UUID consultationId) {
        return allAnswers(consultationId);
    }

    @PreAuthorize(ANALYSTS)
    public List<QuestionSummary> summary(UUID consultationId) {
        List<ConsultationAnswer> all = allAnswers(consultationId);
        return questionsOf(consultationId).stream()
                .map(q -> {
                    List<ConsultationAnswer> these = all.stream()
                            .filter(a -> a.questionId().equals(q.id()))
                            .toList();
                    int people = (int) these.stream()
                            .filter(a -> !a.forGroup())
                            .map(ConsultationAnswer::personId)
                            .distinct()
                            .count();
                    List<String> groups = these.stream()
                            .filter(ConsultationAnswer::forGroup)
                            .map(ConsultationAnswer::groupName)
                            .distinct()
                            .sorted()
                            .toList();
                    return new QuestionSummary(q, these.size(), people, groups);
                })
                .toList();
    }

    @PreAuthorize(ANALYSTS)
    public ConsultationExport export(UUID consultationId) {
        Consultation consultation = existing(consultationId);
        Map<UUID, ConsultationQuestion> asked = questionsOf(consultationId).stream()
                .collect(Collectors.toMap(ConsultationQuestion::id, Function.identity()));
        List<List<Object>> summaryRows = new ArrayList<>();
        for (QuestionSummary s : summary(consultationId)) {
            summaryRows.add(List.of(
                    s.question().position(),
                    s.question().text(),
                    s.answers(),
                    s.people(),
                    String.join("; ", s.groups())));
        }
        List<List<Object>> answerRows = new ArrayList<>();
        allAnswers(consultationId).stream()
                .sorted(Comparator.comparing((ConsultationAnswer a) ->
                                asked.get(a.questionId()).position())
                        .thenComparing(ConsultationAnswer::answeredAt))
                .forEach(a -> answerRows.add(List.of(
                        asked.get(a.questionId()).position(),
                        asked.get(a.questionId()).text(),
                        a.text(),
                        a.answeredBy(),
                        a.forGroup() ? a.groupName() : "",
                        a.answeredAt()
                                .atZone(PortalTime.LONDON)
                                .toLocalDateTime()
                                .toString())));
        String title = plans.plan(consultation.planId()).map(PlanSummary::title).orElse("plan");
        String fileName = ("consultation " + title + " version " + consultation.versionNumber())
                .replaceAll("[^A-Za-z0-9]+", "-")
                .toLowerCase(Locale.UK);
        return new ConsultationExport(
                fileName,
                new ConsultationExport.Table(
                        "Summary per question",
                        List.of("Question number", "Question", "Answers", "People", "Groups"),
                        summaryRows),
                new ConsultationExport.Table(
                        "Answers",
                        List.of(
                                "Question number",
                                "Question",
                                "Answer",
                                "Answered by",
                                "On behalf of group",
                                "Answered at (UK time)"),
                        answerRows));
    }

    private List<ConsultationAnswer> allAnswers(UUID consultationId) {
        List<UUID> ids = questionsOf(consultationId).stream()
                .map(ConsultationQuestion::id)
                .toList();
        return answers.findByQuestionIdInOrderByAnsweredAt(ids).stream()
                .map(Answer::toAnswer)
                .toList();
    }

    private List<ConsultationQuestion> questionsOf(UUID consultationId) {
        existing(consultationId);
        return questions.findByConsultationIdOrderByPosition(consultationId).stream()
                .map(Question::toQuestion)
                .toList();
    }

    private Consultation existing(UUID consultationId) {
        return consultations
                .findById(consultationId)
                .filter(c -> plans.plan(c.planId()).isPresent())
                .orElseThrow(() -> new InvalidInputException("That consultation no longer exists"));
    }

    /** Answers are taken only inside the window, judged afresh at every answer by the clock. */
    private Question openQuestion(UUID questionId) {
        Question question = questions
                .findById(questionId)
                .orElseThrow(() -> new InvalidInputException("That question no longer exists"));
        Consultation consultation = existing(question.consultationId());
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.LONDON));
        if (today.isAfter(consultation.closesOn())) {
            throw new InvalidInputException("This consultation closed on "
                    + DisplayFormats.LONG_DAY.format(consultation.closesOn()) + "; answers are no longer taken.");
        }
        if (today.isBefore(consultation.opensOn())) {
            throw new InvalidInputException("This consultation opens on "
                    + DisplayFormats.LONG_DAY.format(consultation.opensOn()) + "; answer then.");
        }
        return question;
    }

    private ConsultationDetails details(Consultation c, PlanSummary plan) {
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.LONDON));
        WindowState state = today.isBefore(c.opensOn())
                ? WindowState.NOT_YET_OPEN
                : today.isAfter(c.closesOn()) ? WindowState.CLOSED : WindowState.OPEN;
        return new ConsultationDetails(
                c.id(),
                c.planId(),
                plan.title(),
                c.versionNumber(),
                c.opensOn(),
                c.closesOn(),
                state,
                questions.findByConsultationIdOrderByPosition(c.id()).stream()
                        .map(Question::toQuestion)
                        .toList(),
                c.version());
    }

    private void checkWindow(LocalDate opensOn, LocalDate closesOn) {
        if (opensOn == null) {
            throw new InvalidInputException("opensOn", "Enter the date the consultation opens");
        }
        if (closesOn == null) {
            throw new InvalidInputException("closesOn", "Enter the date the consultation closes");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new InvalidInputException("closesOn", "The closing date cannot come before the opening date");
        }
        if (closesOn.isBefore(LocalDate.now(clock.withZone(PortalTime.LONDON)))) {
            throw new InvalidInputException("closesOn", "The closing date has passed; choose today or a later date");
        }
    }

    private static List<String> checkQuestions(List<String> typed) {
        List<String> asked = typed == null
                ? List.of()
                : typed.stream()
                        .filter(q -> q != null && !q.isBlank())
                        .map(String::strip)
                        .toList();
        if (asked.isEmpty()) {
            throw new InvalidInputException("questions", "Enter at least one discussion question, one a line");
        }
        if (asked.size() > MOST_QUESTIONS) {
            throw new InvalidInputException(
                    "questions", "Ask at most " + MOST_QUESTIONS + " questions in one consultation");
        }
        if (asked.stream().anyMatch(q -> q.length() > 1000)) {
            throw new InvalidInputException("questions", "Keep each question to 1,000 characters");
        }
        return asked;
    }

    private static String checkText(String field, String text, String whenBlank) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, whenBlank);
        }
        if (text.strip().length() > LONGEST_ANSWER) {
            throw new InvalidInputException(
                    field, "Keep it to 4,000 characters; it is " + text.strip().length() + " now");
        }
        return text.strip();
    }
}

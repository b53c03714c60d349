package org.sendplan.portal.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.MovableClock;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Consultations: the window closes by the clock; facilitators' table notes; the summary and exports; the seed's questions. */
@PortalTest
class ConsultationWindowTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    ConsultationService consultations;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    PlanLifecycle lifecycle;

    @Autowired
    MovableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.out();
    }

    @Test
    void answersAreRefusedOnceTheClosingDateHasPassed() {
        ConsultationDetails consultation = openFor(2, List.of("What would help?"));
        ConsultationQuestion question = consultation.questions().getFirst();
        signedIn.as("warwickshire.parent");
        consultations.answer(question.id(), null, "A named contact");

        clock.moveForward(Duration.ofDays(3));
        assertThat(consultations
                        .consultationOf(consultation.planId())
                        .orElseThrow()
                        .state())
                .isEqualTo(WindowState.CLOSED);
        assertThatThrownBy(() -> consultations.answer(question.id(), null, "Too late"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("This consultation closed on ");
        signedIn.as("warwickshire.forumlead");
        assertThatThrownBy(() -> consultations.recordTableNotes(question.id(), "Table 1", "Too late"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("answers are no longer taken");
    }

    @Test
    void theLastDayOfTheWindowStillTakesAnswers() {
        ConsultationDetails consultation = openFor(2, List.of("What would help?"));
        clock.moveForward(Duration.ofDays(2));
        signedIn.as("warwickshire.school");
        assertThat(consultations
                        .answer(consultation.questions().getFirst().id(), null, "Outreach")
                        .text())
                .isEqualTo("Outreach");
    }

    @Test
    void aPersonHasOneAnswerAQuestionWhichTheyMayChangeFromTheLatestCopyOnly() {
        ConsultationDetails consultation = openFor(5, List.of("What would help?"));
        ConsultationQuestion question = consultation.questions().getFirst();
        signedIn.as("warwickshire.parent");
        ConsultationAnswer first = consultations.answer(question.id(), null, "First thoughts");
        ConsultationAnswer changed = consultations.answer(question.id(), first.version(), "Second thoughts");
        assertThat(consultations.myAnswers(consultation.id())).containsOnlyKeys(question.id());
        assertThat(consultations.myAnswers(consultation.id()).get(question.id()).text())
                .isEqualTo("Second thoughts");
        assertThatThrownBy(() -> consultations.answer(question.id(), first.version(), "Stale"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reload to see their changes");
        assertThat(changed.id()).isEqualTo(first.id());
    }

    @Test
    void aFacilitatorsTableNotesAreRecordedAsTheirsForTheNamedGroupAndCountedSeparately() throws IOException {
        ConsultationDetails consultation = openFor(5, List.of("What can partners learn?", "What about post-16?"));
        ConsultationQuestion first = consultation.questions().getFirst();
        signedIn.as("warwickshire.parent");
        consultations.answer(first.id(), null, "Key workers");
        signedIn.as("warwickshire.school");
        consultations.answer(first.id(), null, "Outreach");
        signedIn.as("warwickshire.forumlead");
        ConsultationAnswer notes = consultations.recordTableNotes(first.id(), "Table 2", "Share what works");
        assertThat(notes.by()).isEqualTo(signedIn.current().displayName() + " for Table 2");

        signedIn.as("warwickshire.officer");
        consultations.recordTableNotes(first.id(), "Table 5", "Transition");
        List<QuestionSummary> summary = consultations.summary(consultation.id());
        assertThat(summary.getFirst()).isEqualTo(new QuestionSummary(first, 4, 2, List.of("Table 2", "Table 5")));
        assertThat(summary.get(1).answers()).isZero();

        ConsultationExport export = consultations.export(consultation.id());
        assertThat(new String(export.summary().csv(), StandardCharsets.UTF_8))
                .startsWith("Question number,Question,Answers,People,Groups")
                .contains("1,What can partners learn?,4,2,Table 2; Table 5");
        assertThat(new String(export.answers().csv(), StandardCharsets.UTF_8))
                .contains("Share what works")
                .contains("Table 2");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx()))) {
            assertThat(workbook.getSheet("Summary per question")
                            .getRow(1)
                            .getCell(2)
                            .getNumericCellValue())
                    .isEqualTo(4);
            assertThat(workbook.getSheet("Answers").getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void onlyAnOfficerOrTheForumLeadMayEnterTableNotes() {
        ConsultationDetails consultation = openFor(5, List.of("What would help?"));
        signedIn.as("warwickshire.parent");
        assertThatThrownBy(() -> consultations.recordTableNotes(
                        consultation.questions().getFirst().id(), "Table 1", "Notes"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aConsultationNeedsAQuestionAndAClosingDateAfterItOpens() {
        PlanSummary plan =
                ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThatThrownBy(() ->
                        consultations.open(plan.id(), new ConsultationDraft(today, today.plusDays(1), List.of(" "))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Enter at least one discussion question, one a line");
        assertThatThrownBy(() ->
                        consultations.open(plan.id(), new ConsultationDraft(today, today.minusDays(1), List.of("Q?"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The closing date cannot come before the opening date");
    }

    @Test
    void anotherTenantCannotReadOrAnswerAConsultation() {
        ConsultationDetails consultation = openFor(5, List.of("What would help?"));
        signedIn.as("kingston.parent");
        assertThat(consultations.consultationOf(consultation.planId())).isEmpty();
        assertThatThrownBy(() ->
                        consultations.answer(consultation.questions().getFirst().id(), null, "Intruding"))
                .isInstanceOf(InvalidInputException.class);
        signedIn.as("kingston.officer");
        assertThatThrownBy(() -> consultations.answers(consultation.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDemoConsultationAsksSeed004sWorldCafeQuestionsAndHasATablesNotes() throws IOException {
        List<String> seed = ParticipationFixtures.worldCafeQuestions();
        assertThat(seed)
                .hasSize(7)
                .contains("What changes could be made to the offer for post-16 young people with SEND?");
        signedIn.as("kingston.officer");
        PlanSummary demo = plans.plans().stream()
                .filter(p -> p.title().endsWith("(demo)"))
                .findFirst()
                .orElseThrow();
        ConsultationDetails consultation =
                consultations.consultationOf(demo.id()).orElseThrow();
        assertThat(consultation.questions())
                .extracting(ConsultationQuestion::text)
                .containsExactlyElementsOf(seed);
        assertThat(consultation.open()).isTrue();
        assertThat(consultations.answers(consultation.id()))
                .anySatisfy(a -> assertThat(a.groupName()).startsWith("Table 2"));
    }

    private ConsultationDetails openFor(int days, List<String> questions) {
        PlanSummary plan =
                ParticipationFixtures.planInConsultation(signedIn, "warwickshire", plans, actions, lifecycle);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return consultations.open(plan.id(), new ConsultationDraft(today, today.plusDays(days), questions));
    }
}

package org.sendplan.portal.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.participation.ConsultationDetails;
import org.sendplan.portal.participation.ConsultationDraft;
import org.sendplan.portal.participation.ConsultationService;
import org.sendplan.portal.participation.ForumPosition;
import org.sendplan.portal.participation.ParticipationFixtures;
import org.sendplan.portal.participation.ProposalDetails;
import org.sendplan.portal.participation.ProposalOutcome;
import org.sendplan.portal.participation.ProposalService;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanSummary;
import org.springframework.beans.factory.annotation.Autowired;

/** The co-production screens driven as parent carers, schools, the forum lead, officers, the board and admins drive them. */
class ParticipationUiTests extends UiTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Autowired
    ProposalService proposals;

    @Autowired
    ConsultationService consultations;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    PlanLifecycle lifecycle;

    @Test
    void aParentCarerRaisesAProposalAndFindsItUnderMyProposals() {
        PlanSummary plan = planInConsultation("warwickshire");
        signInAndOpen("warwickshire.parent", "t/warwickshire/proposals");
        _click(_get(Button.class, spec -> spec.withText("Raise a proposal")));
        fillProposal(
                plan, "Short breaks in school holidays", "Holidays are hard", "Holiday clubs", "Families cope", "");
        _click(_get(Button.class, spec -> spec.withText("Raise proposal")));
        assertThat(_get(H1.class).getText()).isEqualTo("Short breaks in school holidays");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("proposal-support"))
                        .getText())
                .isEqualTo("0 supporters");

        UI.getCurrent().navigate("t/warwickshire/proposals");
        Grid<?> mine = grid("My proposals");
        assertThat(GridKt._findAll(mine))
                .extracting(p -> ((ProposalDetails) p).title())
                .contains("Short breaks in school holidays");
    }

    @Test
    void aProposalWithABadEstimateIsRefusedBesideTheFieldAndKeepsEverythingTyped() {
        PlanSummary plan = planInConsultation("warwickshire");
        signInAndOpen("warwickshire.school", "t/warwickshire/proposals");
        _click(_get(Button.class, spec -> spec.withText("Raise a proposal")));
        fillProposal(plan, "Shared SENCO network", "SENCOs work alone", "Termly network", "Better support", "12.345");
        _click(_get(Button.class, spec -> spec.withText("Raise proposal")));
        TextField estimate = _get(TextField.class, spec -> spec.withLabel("Cost or saving estimate (£, optional)"));
        assertThat(estimate.isInvalid()).isTrue();
        assertThat(estimate.getErrorMessage())
                .isEqualTo("Enter the estimate in pounds and pence, e.g. 25000 or 1,250.50");
        assertThat(estimate.getValue()).isEqualTo("12.345");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue())
                .isEqualTo("Shared SENCO network");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Your idea")).getValue())
                .isEqualTo("Termly network");
    }

    @Test
    void aBoardMemberSupportsAProposalOnceAndMayWithdrawIt() {
        ProposalDetails proposal = raised("warwickshire", "Support me " + System.nanoTime());
        signInAndOpen("warwickshire.board", "t/warwickshire/proposals/" + proposal.id());
        _click(_get(Button.class, spec -> spec.withText("Support this proposal")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("proposal-support"))
                        .getText())
                .isEqualTo("1 supporter");
        _click(_get(Button.class, spec -> spec.withText("Withdraw my support")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("proposal-support"))
                        .getText())
                .isEqualTo("0 supporters");
    }

    @Test
    void anOfficerTakesAProposalIntoThePlanAndTheProposerSeesTheActionLinked() {
        ProposalDetails proposal = raised("warwickshire", "Take me in " + System.nanoTime());
        signInAndOpen("warwickshire.officer", "t/warwickshire/proposals/" + proposal.id());
        _click(_get(Button.class, spec -> spec.withText("Respond")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ProposalOutcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withLabel("Response"));
        outcome.setValue(ProposalOutcome.TAKEN_INTO_PLAN);
        _get(TextArea.class, spec -> spec.withLabel("Reasons")).setValue("Added to the matrix review");
        _click(_get(Button.class, spec -> spec.withText("Send response")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> action = _get(ComboBox.class, spec -> spec.withLabel("Action created or changed"));
        assertThat(action.getErrorMessage()).isEqualTo("Choose the action the proposal was taken into");
        action.setValue(action.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Send response")));
        signedIn.out();

        signInAndOpen("warwickshire.parent", "t/warwickshire/proposals/" + proposal.id());
        assertThat(_find(Anchor.class, spec -> spec.withText("Action: Review the provision matrix")))
                .hasSize(1);
        UI.getCurrent().navigate("t/warwickshire/proposals");
        assertThat(GridKt._findAll(grid("My proposals")))
                .map(p -> (ProposalDetails) p)
                .filteredOn(p -> p.id().equals(proposal.id()))
                .singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo("Taken into the plan"));
    }

    @Test
    void scriptTypedIntoAProposalOrAResponseIsShownAsTextAndNeverRun() {
        PlanSummary plan = planInConsultation("warwickshire");
        signInAndOpen("warwickshire.parent", "t/warwickshire/proposals");
        _click(_get(Button.class, spec -> spec.withText("Raise a proposal")));
        fillProposal(plan, SCRIPT, IMAGE, SCRIPT + " idea", IMAGE + " impact", "");
        _click(_get(Button.class, spec -> spec.withText("Raise proposal")));
        ProposalDetails raised = proposals.myProposals().getFirst();
        signedIn.out();
        signInAndOpen("warwickshire.officer", "t/warwickshire/proposals/" + raised.id());
        _click(_get(Button.class, spec -> spec.withText("Respond")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ProposalOutcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withLabel("Response"));
        outcome.setValue(ProposalOutcome.NOT_TAKEN_FORWARD);
        _get(TextArea.class, spec -> spec.withLabel("Reasons")).setValue(SCRIPT + " reasons");
        _click(_get(Button.class, spec -> spec.withText("Send response")));

        assertThat(_get(H1.class).getText()).isEqualTo(SCRIPT);
        assertShownAsText(IMAGE, SCRIPT + " idea", IMAGE + " impact", SCRIPT + " reasons");
        UI.getCurrent().navigate("t/warwickshire/proposals");
        assertThat(GridKt._getCellComponent(grid("All proposals"), 0, "title"))
                .isInstanceOfSatisfying(
                        Anchor.class, link -> assertThat(link.getText()).isEqualTo(SCRIPT));
        assertThat(_find(Html.class)).isEmpty();
    }

    @Test
    void scriptInConsultationAnswersTableNotesAndTheForumStatementIsShownAsText() {
        PlanSummary plan = planInConsultation("solihull");
        ConsultationDetails consultation = consultations.open(
                plan.id(),
                new ConsultationDraft(LocalDate.now(), LocalDate.now().plusDays(5), List.of(SCRIPT + "?")));
        signedIn.out();
        signInAndOpen("solihull.forumlead", "t/solihull/plans/" + plan.id() + "/consultation");
        _get(TextArea.class, spec -> spec.withLabel("Your answer to question 1"))
                .setValue(IMAGE);
        _click(_get(Button.class, spec -> spec.withText("Save answer")));
        _click(_get(Button.class, spec -> spec.withText("Enter a table's notes")));
        _get(TextField.class, spec -> spec.withLabel("Group or table")).setValue(SCRIPT + " table");
        _get(TextArea.class, spec -> spec.withLabel("The table's notes")).setValue(IMAGE + " notes");
        _click(_get(Button.class, spec -> spec.withText("Save notes")));
        assertThat(consultations.answers(consultation.id())).hasSize(2);

        Grid<?> answers = grid("Answers");
        assertThat(GridKt._getFormattedRow(answers, 1)).contains(IMAGE + " notes");
        assertThat(GridKt._getFormattedRow(answers, 1).toString()).contains(SCRIPT + " table");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Your answer to question 1"))
                        .getValue())
                .isEqualTo(IMAGE);

        UI.getCurrent().navigate("t/solihull/plans/" + plan.id());
        _click(_get(Button.class, spec -> spec.withText("Record the forum's position")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ForumPosition> position =
                _get(RadioButtonGroup.class, spec -> spec.withLabel("The forum's position"));
        position.setValue(ForumPosition.NOT_ENDORSED);
        _get(TextArea.class, spec -> spec.withLabel("Statement")).setValue(SCRIPT + " statement");
        _click(_get(Button.class, spec -> spec.withText("Record position")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("forum-position"))
                        .getText())
                .contains("Not endorsed — “" + SCRIPT + " statement”");
        assertThat(_find(Html.class)).isEmpty();
    }

    @Test
    void aParentCarerAnswersAQuestionFromThePlanPagesConsultationLink() {
        PlanSummary plan = planInConsultation("kingston");
        consultations.open(
                plan.id(),
                new ConsultationDraft(LocalDate.now(), LocalDate.now().plusDays(5), List.of("What would help?")));
        signedIn.out();
        signInAndOpen("kingston.parent", "t/kingston/plans/" + plan.id());
        Anchor link = _get(
                Anchor.class,
                spec -> spec.withText("Consultation on version 1: open, closes "
                        + DisplayFormats.LONG_DAY.format(LocalDate.now().plusDays(5))));
        UI.getCurrent().navigate(link.getHref().substring(1));
        _click(_get(Button.class, spec -> spec.withText("Save answer")));
        TextArea answer = _get(TextArea.class, spec -> spec.withLabel("Your answer to question 1"));
        assertThat(answer.getErrorMessage()).isEqualTo("Enter your answer");
        answer.setValue("A named key worker");
        _click(_get(Button.class, spec -> spec.withText("Save answer")));
        assertThat(_get(Button.class, spec -> spec.withText("Change answer")).isVisible())
                .isTrue();
        assertThat(_find(Grid.class))
                .as("a parent carer sees no one else's answers")
                .isEmpty();
    }

    @Test
    void anOfficerOpensAConsultationAndSeesTheSummaryAndDownloads() {
        PlanSummary plan = planInConsultation("kingston");
        signInAndOpen("kingston.officer", "t/kingston/plans/" + plan.id() + "/consultation");
        _click(_get(Button.class, spec -> spec.withText("Open a consultation")));
        _get(TextArea.class, spec -> spec.withLabel("Discussion questions"))
                .setValue("What can partners learn?\nWhat about post-16?");
        _click(_get(Button.class, spec -> spec.withText("Open consultation")));
        DatePicker closes = _get(DatePicker.class, spec -> spec.withLabel("Closes on"));
        assertThat(closes.getErrorMessage()).isEqualTo("Enter the date the consultation closes");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Discussion questions"))
                        .getValue())
                .startsWith("What can partners learn?");
        closes.setValue(LocalDate.now().plusDays(14));
        _click(_get(Button.class, spec -> spec.withText("Open consultation")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("consultation-window"))
                        .getText())
                .endsWith(" · Open");
        assertThat(GridKt._size(grid("Summary per question"))).isEqualTo(2);
        assertThat(_find(Anchor.class, spec -> spec.withText("Summary and answers (XLSX)")))
                .hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withText("Every answer (CSV)")))
                .hasSize(1);
    }

    @Test
    void theBoardReadsTheForumsPositionInTheApprovalConfirmation() {
        PlanSummary plan = planInConsultation("warwickshire");
        signedIn.out();
        signInAndOpen("warwickshire.board", "t/warwickshire/plans/" + plan.id());
        _click(_get(Button.class, spec -> spec.withText("Approve this version")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_get(
                                Paragraph.class,
                                spec -> spec.withText(
                                        "The parent carer forum has not recorded a position on version 1."))
                        .isVisible())
                .isTrue();
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(plans.plan(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void aTenantAdministratorMakesTheForumsPositionAPreconditionOfApproval() {
        signInAndOpen("solihull.admin", "t/solihull/admin/co-production");
        Checkbox required = _get(Checkbox.class);
        boolean before = required.getValue();
        required.setValue(!before);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_get(Checkbox.class).getValue()).isEqualTo(!before);
        _get(Checkbox.class).setValue(before);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_find(Paragraph.class, spec -> spec.withText("Not changed yet.")))
                .isEmpty();
    }

    private void assertShownAsText(String... texts) {
        for (String text : texts) {
            assertThat(_find(Paragraph.class, spec -> spec.withText(text)))
                    .as(text)
                    .hasSize(1)
                    .allSatisfy(p ->
                            assertThat(p.getElement().getProperty("innerHTML")).isNull());
        }
    }

    private void fillProposal(
            PlanSummary plan, String title, String problem, String idea, String impact, String estimate) {
        @SuppressWarnings("unchecked")
        ComboBox<PlanSummary> plansBox = _get(ComboBox.class, spec -> spec.withLabel("Plan"));
        plansBox.setValue(plansBox.getListDataView()
                .getItems()
                .filter(p -> p.id().equals(plan.id()))
                .findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Object> theme = _get(ComboBox.class, spec -> spec.withLabel("Theme"));
        theme.setValue(theme.getListDataView().getItems().findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue(title);
        _get(TextArea.class, spec -> spec.withLabel("The problem")).setValue(problem);
        _get(TextArea.class, spec -> spec.withLabel("Your idea")).setValue(idea);
        _get(TextArea.class, spec -> spec.withLabel("Expected impact")).setValue(impact);
        _get(TextField.class, spec -> spec.withLabel("Cost or saving estimate (£, optional)"))
                .setValue(estimate);
    }

    private static Grid<?> grid(String label) {
        return _get(
                Grid.class,
                spec -> spec.withPredicate(
                        g -> label.equals(((Grid<?>) g).getAriaLabel().orElse(null))));
    }

    private PlanSummary planInConsultation(String tenant) {
        return ParticipationFixtures.planInConsultation(signedIn, tenant, plans, actions, lifecycle);
    }

    private ProposalDetails raised(String tenant, String title) {
        PlanSummary plan = planInConsultation(tenant);
        signedIn.as(tenant + ".parent");
        ProposalDetails proposal = proposals.raise(
                ParticipationFixtures.proposal(plan, plans.themes(plan.id()).getFirst(), title));
        signedIn.out();
        return proposal;
    }
}

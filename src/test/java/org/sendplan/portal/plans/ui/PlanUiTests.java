package org.sendplan.portal.plans.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.Rag;
import org.sendplan.portal.plans.ActionDetails;
import org.sendplan.portal.plans.ActionDraft;
import org.sendplan.portal.plans.ActionFilter;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.EvidenceUpload;
import org.sendplan.portal.plans.MilestoneDraft;
import org.sendplan.portal.plans.PlanFixtures;
import org.sendplan.portal.plans.PlanImportService;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.plans.PlanTableUpload;
import org.sendplan.portal.plans.ThemeDetails;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan screens driven as an officer, a board member and a parent carer would drive them. */
class PlanUiTests extends UiTest {

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    PlanImportService imports;

    @Autowired
    PlanLifecycle lifecycle;

    @Test
    void anOfficerCreatesAPlanFromThePlanList() {
        signInAndOpen("kingston.officer", "t/kingston/plans");
        _click(_get(Button.class, spec -> spec.withText("Create a plan")));
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("Kingston High Needs recovery plan");
        _click(_get(Button.class, spec -> spec.withText("Create plan")));
        assertThat(_get(H1.class).getText()).isEqualTo("Kingston High Needs recovery plan");
    }

    @Test
    void aPlanWithoutATitleIsRefusedBesideTheField() {
        signInAndOpen("kingston.officer", "t/kingston/plans");
        _click(_get(Button.class, spec -> spec.withText("Create a plan")));
        _click(_get(Button.class, spec -> spec.withText("Create plan")));
        TextField title = _get(TextField.class, spec -> spec.withLabel("Title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Enter the plan's title");
    }

    @Test
    void anOfficerImportsTheSeedTableThroughThePreview() throws IOException {
        PlanSummary plan = newPlan("warwickshire.officer", "Seed import through the screen");
        signInAndOpen("warwickshire.officer", "t/warwickshire/plans/" + plan.id());
        _click(_get(Button.class, spec -> spec.withText("Import a plan table")));
        ImportPlanDialog dialog = _get(ImportPlanDialog.class);
        dialog.load(PlanFixtures.seed());
        assertThat(_get(
                                dialog,
                                Paragraph.class,
                                spec -> spec.withText("7 themes, 22 actions: 22 new, 0 to update, 0 unchanged, "
                                        + "0 skipped by you, 0 that cannot be imported; 3 with warnings to check."))
                        .isVisible())
                .isTrue();
        Grid<?> preview =
                _get(dialog, Grid.class, spec -> spec.withPredicate(labelled("Preview of the plan table import")));
        assertThat(GridKt._size(preview)).isEqualTo(22);
        _click(_get(Button.class, spec -> spec.withText("Import 22 actions")));
        assertThat(actions.count(plan.id(), ActionFilter.NONE)).isEqualTo(22);
        Grid<?> grid = _get(Grid.class, spec -> spec.withPredicate(labelled("Actions of " + plan.title())));
        assertThat(GridKt._size(grid)).isEqualTo(22);
    }

    @Test
    void aLongImportRunsInTheBackgroundWithProgressAndStillSavesEveryRow() throws InterruptedException {
        PlanSummary plan = newPlan("warwickshire.officer", "Long import");
        signInAndOpen("warwickshire.officer", "t/warwickshire/plans/" + plan.id());
        _click(_get(Button.class, spec -> spec.withText("Import a plan table")));
        StringBuilder table = new StringBuilder("Theme\tActivity\n");
        for (int i = 1; i <= 250; i++) {
            table.append("Theme ").append(i % 5).append("\tAction ").append(i).append('\n');
        }
        _get(ImportPlanDialog.class).load(PlanTableUpload.pasted(table.toString()));
        _click(_get(Button.class, spec -> spec.withText("Import 250 actions")));
        assertThat(_get(ProgressBar.class).isVisible()).isTrue();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!_find(ImportPlanDialog.class).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(_find(ImportPlanDialog.class))
                .as("the dialog closes when the import is done")
                .isEmpty();
        assertThat(actions.count(plan.id(), ActionFilter.NONE)).isEqualTo(250);
    }

    @Test
    void aRowSkippedInThePreviewIsNotImported() {
        PlanSummary plan = newPlan("warwickshire.officer", "Skipping rows");
        signInAndOpen("warwickshire.officer", "t/warwickshire/plans/" + plan.id());
        _click(_get(Button.class, spec -> spec.withText("Import a plan table")));
        _get(TextArea.class, spec -> spec.withLabel("Or paste the table"))
                .setValue("Activity\tMeasure\nTransport\nReview taxis\tJourneys\nReview ITT\tLearners\n");
        _click(_get(Button.class, spec -> spec.withText("Preview pasted table")));
        Grid<?> preview = _get(Grid.class, spec -> spec.withPredicate(labelled("Preview of the plan table import")));
        Checkbox skip = (Checkbox) GridKt._getCellComponent(preview, 0, "skip");
        assertThat(skip.getAriaLabel()).contains("Skip row 3");
        skip.setValue(true);
        _click(_get(Button.class, spec -> spec.withText("Import 1 action")));
        assertThat(actions.allActions(plan.id(), ActionFilter.NONE))
                .extracting(ActionDetails::activity)
                .containsExactly("Review ITT");
    }

    @Test
    void aFileWithoutAHeaderShowsWhatIsMissingAndCannotBeImported() {
        PlanSummary plan = newPlan("warwickshire.officer", "Headerless");
        signInAndOpen("warwickshire.officer", "t/warwickshire/plans/" + plan.id());
        _click(_get(Button.class, spec -> spec.withText("Import a plan table")));
        _get(ImportPlanDialog.class)
                .load(PlanTableUpload.of("renamed.csv", "%PDF-1.5 binary".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(
                        _find(
                                Paragraph.class,
                                spec -> spec.withText(
                                        "This is a PDF document, not a table. Upload the plan as TSV, CSV or XLSX, or paste it.")))
                .hasSize(1);
        assertThat(_get(Button.class, spec -> spec.withText("Import")).isEnabled())
                .isFalse();
    }

    @Test
    void filtersAndSearchNarrowTheActionGrid() throws IOException {
        PlanSummary plan = seededPlan("warwickshire.officer", "Filtered plan");
        signInAndOpen("warwickshire.officer", "t/warwickshire/plans/" + plan.id());
        Grid<?> grid = _get(Grid.class, spec -> spec.withPredicate(labelled("Actions of " + plan.title())));
        @SuppressWarnings("unchecked")
        ComboBox<ThemeDetails> theme = _get(ComboBox.class, spec -> spec.withLabel("Theme"));
        theme.setValue(plans.themes(plan.id()).stream()
                .filter(t -> t.title().equals("SEND Transport"))
                .findFirst()
                .orElseThrow());
        assertThat(GridKt._size(grid)).isEqualTo(3);
        theme.clear();
        _get(TextField.class, spec -> spec.withLabel("Search")).setValue("internships");
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    void anOfficerEditsAnActionAndTheHistoryShowsIt() throws IOException {
        PlanSummary plan = seededPlan("solihull.officer", "Editable plan");
        ActionDetails action = actions.allActions(plan.id(), ActionFilter.NONE).getFirst();
        signInAndOpen("solihull.officer", "t/solihull/plans/" + plan.id() + "/actions/" + action.id());
        _click(_get(Button.class, spec -> spec.withText("Edit action")));
        _get(TextArea.class, spec -> spec.withLabel("Measure")).setValue("Settings awarded the kitemark each term");
        _click(_get(Button.class, spec -> spec.withText("Save changes")));
        assertThat(actions.action(action.id()).orElseThrow().measure())
                .isEqualTo("Settings awarded the kitemark each term");
        Grid<?> history = _get(Grid.class, spec -> spec.withPredicate(labelled("History of this action")));
        assertThat(GridKt._size(history)).isEqualTo(2);
    }

    @Test
    void anOfficerAddsAnActionWithAnOverdueMilestoneAndTheActionShowsOverdue() {
        PlanSummary plan = newPlan("kingston.officer", "Milestone plan");
        signInAndOpen("kingston.officer", "t/kingston/plans/" + plan.id());
        _click(_get(Button.class, spec -> spec.withText("Add a theme")));
        _get(TextField.class, spec -> spec.withLabel("Theme title")).setValue("SEND Transport");
        _click(_get(Button.class, spec -> spec.withText("Add theme")));
        _click(_get(Button.class, spec -> spec.withText("Add an action")));
        _get(TextArea.class, spec -> spec.withLabel("Activity")).setValue("Review Independent Travel Training");
        _click(_get(Button.class, spec -> spec.withText("Add a milestone")));
        _get(TextField.class, spec -> spec.withLabel("Milestone")).setValue("Options paper to board");
        _get(DatePicker.class, spec -> spec.withLabel("Due"))
                .setValue(LocalDate.now().minusDays(7));
        _click(_get(Button.class, spec -> spec.withText("Add action")));
        ActionDetails saved = actions.allActions(plan.id(), ActionFilter.NONE).getFirst();
        assertThat(saved.milestones()).extracting(MilestoneDraft::title).containsExactly("Options paper to board");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("overdue-summary"))
                        .getText())
                .isEqualTo("1 action is overdue or has an overdue milestone.");
    }

    @Test
    void aSavingThatIsNotAnAmountIsRefusedAndNothingIsSaved() throws IOException {
        PlanSummary plan = seededPlan("kingston.officer", "Savings plan");
        ActionDetails action = actions.allActions(plan.id(), ActionFilter.NONE).getFirst();
        signInAndOpen("kingston.officer", "t/kingston/plans/" + plan.id() + "/actions/" + action.id());
        _click(_get(Button.class, spec -> spec.withText("Edit action")));
        _click(_get(Button.class, spec -> spec.withText("Add a year's saving")));
        @SuppressWarnings("unchecked")
        ComboBox<FinancialYear> year = _get(ComboBox.class, spec -> spec.withLabel("Financial year"));
        year.setValue(FinancialYear.containing(LocalDate.now()));
        _get(TextField.class, spec -> spec.withLabel("Saving (£)")).setValue("eighteen thousand");
        _click(_get(Button.class, spec -> spec.withText("Save changes")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-refusal"))
                        .getText())
                .isEqualTo("'eighteen thousand' is not an amount of money like 1,234.50");
        assertThat(actions.action(action.id()).orElseThrow().savings()).isEmpty();
    }

    @Test
    void anOfficerChangesThePlansDetails() {
        PlanSummary plan = newPlan("kingston.officer", "Renamed plan");
        signInAndOpen("kingston.officer", "t/kingston/plans/" + plan.id());
        _click(_get(Button.class, spec -> spec.withText("Change plan details")));
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("Kingston SEND & Inclusion Strategy 2025-28");
        _click(_get(Button.class, spec -> spec.withText("Save details")));
        assertThat(_get(H1.class).getText()).isEqualTo("Kingston SEND & Inclusion Strategy 2025-28");
    }

    @Test
    void aStaleEditIsRefusedWithWhoChangedIt() throws IOException {
        PlanSummary plan = seededPlan("solihull.officer", "Contested plan");
        ActionDetails action = actions.allActions(plan.id(), ActionFilter.NONE).getFirst();
        signInAndOpen("solihull.officer", "t/solihull/plans/" + plan.id() + "/actions/" + action.id());
        _click(_get(Button.class, spec -> spec.withText("Edit action")));
        ActionDraft d = action.toDraft();
        actions.update(
                action.id(),
                action.version(),
                new ActionDraft(
                        d.themeId(),
                        d.activity(),
                        "Changed elsewhere",
                        d.expectedChange(),
                        d.rationale(),
                        d.savingsRating(),
                        d.savingsNarrative(),
                        d.benefitsRealisation(),
                        d.lead(),
                        d.capacityNote(),
                        null,
                        null,
                        d.status(),
                        List.of(),
                        List.of(),
                        List.of()));
        _get(TextArea.class, spec -> spec.withLabel("Measure")).setValue("My edit");
        _click(_get(Button.class, spec -> spec.withText("Save changes")));
        Paragraph refusal = _get(Paragraph.class, spec -> spec.withClasses("form-refusal"));
        assertThat(refusal.getText()).startsWith("This action was changed by ").contains(" — reload");
        assertThat(actions.action(action.id()).orElseThrow().measure()).isEqualTo("Changed elsewhere");
    }

    @Test
    void anOfficerPostsARagUpdateWithAReason() throws IOException {
        PlanSummary plan = seededPlan("solihull.officer", "Updated plan");
        ActionDetails action = actions.allActions(plan.id(), ActionFilter.NONE).getFirst();
        signInAndOpen("solihull.officer", "t/solihull/plans/" + plan.id() + "/actions/" + action.id());
        _click(_get(Button.class, spec -> spec.withText("Post a progress update")));
        _get(TextArea.class, spec -> spec.withLabel("What has happened")).setValue("Twelve settings assessed");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Rag> rag = _get(RadioButtonGroup.class, spec -> spec.withLabel("RAG"));
        rag.setValue(Rag.AMBER);
        _click(_get(Button.class, spec -> spec.withText("Post update")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Reason for changing the RAG"));
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason for changing the RAG from Grey to Amber");
        reason.setValue("Assessor vacancy");
        _click(_get(Button.class, spec -> spec.withText("Post update")));
        assertThat(actions.action(action.id()).orElseThrow().rag()).isEqualTo(Rag.AMBER);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withPredicate(labelled("Progress updates")))))
                .isEqualTo(1);
    }

    @Test
    void evidenceThatIsNotWhatItsNameSaysIsRefusedInTheUpdateDialog() throws IOException {
        PlanSummary plan = seededPlan("solihull.officer", "Evidence plan");
        ActionDetails action = actions.allActions(plan.id(), ActionFilter.NONE).getFirst();
        signInAndOpen("solihull.officer", "t/solihull/plans/" + plan.id() + "/actions/" + action.id());
        _click(_get(Button.class, spec -> spec.withText("Post a progress update")));
        _get(TextArea.class, spec -> spec.withLabel("What has happened")).setValue("See attached");
        _get(ProgressUpdateDialog.class)
                .attach(new EvidenceUpload("minutes.pdf", "MZ not a pdf".getBytes(StandardCharsets.ISO_8859_1)));
        _click(_get(Button.class, spec -> spec.withText("Post update")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-refusal"))
                        .getText())
                .isEqualTo(
                        "\"minutes.pdf\" is not a PDF, Word (DOCX), Excel (XLSX) or image file, whatever its name says");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withPredicate(labelled("Progress updates")))))
                .isZero();
    }

    @Test
    void anOfficerRemovesAnActionAfterConfirming() throws IOException {
        PlanSummary plan = seededPlan("solihull.officer", "Plan losing an action");
        ActionDetails action = actions.allActions(plan.id(), ActionFilter.NONE).getFirst();
        signInAndOpen("solihull.officer", "t/solihull/plans/" + plan.id() + "/actions/" + action.id());
        _click(_get(Button.class, spec -> spec.withText("Remove action")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(actions.count(plan.id(), ActionFilter.NONE)).isEqualTo(21);
        assertThat(_get(H1.class).getText()).isEqualTo(plan.title());
    }

    @Test
    void aBoardMemberApprovesAPlanFromItsPage() throws IOException {
        PlanSummary plan = seededPlan("kingston.officer", "Plan for the board");
        lifecycle.moveTo(plan.id(), plans.plan(plan.id()).orElseThrow().version(), PlanStatus.CONSULTATION);
        signedIn.out();
        signInAndOpen("kingston.board", "t/kingston/plans/" + plan.id());
        assertThat(_find(Button.class, spec -> spec.withText("Import a plan table")))
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Approve this version")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(plans.plan(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.APPROVED);
        _click(_get(Button.class, spec -> spec.withText("Compare")));
        assertThat(_find(Paragraph.class, spec -> spec.withText("No difference between version 1 and the plan now.")))
                .hasSize(1);
        Grid<?> glance = _get(Grid.class, spec -> spec.withPredicate(labelled("Actions per theme by RAG")));
        assertThat(GridKt._size(glance)).isEqualTo(7);
    }

    @Test
    void aParentCarerReadsAPlanInConsultationButCannotEditIt() throws IOException {
        PlanSummary plan = seededPlan("kingston.officer", "Plan for parents");
        lifecycle.moveTo(plan.id(), plans.plan(plan.id()).orElseThrow().version(), PlanStatus.CONSULTATION);
        ActionDetails action = actions.allActions(plan.id(), ActionFilter.NONE).getFirst();
        signedIn.out();
        signInAndOpen("kingston.parent", "t/kingston/plans");
        @SuppressWarnings("unchecked")
        Grid<PlanSummary> list = _get(Grid.class, spec -> spec.withPredicate(labelled("Improvement plans")));
        assertThat(list.getListDataView().getItems())
                .extracting(PlanSummary::id)
                .contains(plan.id());
        assertThat(_find(Button.class, spec -> spec.withText("Create a plan"))).isEmpty();
        UiNavigate.to("t/kingston/plans/" + plan.id() + "/actions/" + action.id());
        assertThat(_get(H1.class).getText()).isEqualTo(action.activity());
        assertThat(_find(Button.class, spec -> spec.withText("Edit action"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Post a progress update")))
                .isEmpty();
    }

    @Test
    void aParentCarerCannotOpenADraftPlan() {
        PlanSummary plan = newPlan("kingston.officer", "Draft hidden from parents");
        signedIn.out();
        signInAndOpen("kingston.parent", "t/kingston/plans/" + plan.id());
        assertThat(_find(H1.class, spec -> spec.withText(plan.title()))).isEmpty();
    }

    private PlanSummary newPlan(String officer, String title) {
        signedIn.as(officer);
        PlanSummary plan = plans.create(PlanFixtures.draft(title + " " + System.nanoTime()));
        signedIn.out();
        return plan;
    }

    private PlanSummary seededPlan(String officer, String title) throws IOException {
        signedIn.as(officer);
        PlanSummary plan = plans.create(PlanFixtures.draft(title + " " + System.nanoTime()));
        imports.importTable(plan.id(), PlanFixtures.seed());
        return plan;
    }

    private static <T extends Component> Predicate<T> labelled(String label) {
        return c -> label.equals(c.getElement().getAttribute("aria-label"))
                || label.equals(c.getElement().getProperty("accessibleName"))
                || c instanceof HasAriaLabel labelled
                        && labelled.getAriaLabel().filter(label::equals).isPresent();
    }

    /** Navigation within the signed-in UI, as following a link would. */
    private static final class UiNavigate {
        static void to(String location) {
            com.vaadin.flow.component.UI.getCurrent().navigate(location);
        }
    }
}

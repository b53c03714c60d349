package org.sendplan.portal.returns;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The returns screens, driven as a school editor and an LA officer would. */
class ReturnUiTests extends UiTest {

    @Autowired
    ReturnFixture fixture;

    @Autowired
    SchoolReturnService returns;

    @Autowired
    DataCollectionService collections;

    @Test
    void aSchoolEditorSeesTheReturnDueOnTheirHomePageAndReturnsList() {
        signInAndOpen("warwickshire.school", "t/warwickshire");
        assertThat(pageText())
                .contains("Returns due")
                .contains("Spring term 2026 SEND return for Riverside Primary School")
                .contains(": Due in 5 days");
        navigate("t/warwickshire/returns");
        assertThat(pageText()).contains("Returns due").contains("Your school's returns");
        Grid<?> own = grid("Your school's returns");
        assertThat(GridKt._size(own)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSchoolEditorFillsAndSubmitsTheirReturn() {
        ReturnSummary own = fixture.open("warwickshire", "UI submit").returns().getFirst();
        signInAndOpen("warwickshire.school", "t/warwickshire/returns/" + own.id());
        figure("Pupils on roll").setValue("240");
        figure("Pupils with an EHC plan").setValue("12");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        assertThat(returns.find(own.id()).orElseThrow().status()).isEqualTo(ReturnStatus.DRAFT);
        _click(_get(Button.class, spec -> spec.withText("Submit")));
        SchoolReturnDetails submitted = returns.find(own.id()).orElseThrow();
        assertThat(submitted.status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(submitted.entry("on_roll").value()).isEqualTo("240");
        assertThat(pageText()).contains("Submitted").contains("Saved a draft").doesNotContain("Save draft");
    }

    @Test
    void aBadFigureIsExplainedBesideItsFieldAndNothingTypedIsLost() {
        ReturnSummary own =
                fixture.open("warwickshire", "UI bad figure").returns().getFirst();
        signInAndOpen("warwickshire.school", "t/warwickshire/returns/" + own.id());
        figure("Pupils on roll").setValue("240");
        figure("Pupils with an EHC plan").setValue("N/A");
        _click(_get(Button.class, spec -> spec.withText("Submit")));
        TextField ehcp = figure("Pupils with an EHC plan");
        assertThat(ehcp.isInvalid()).isTrue();
        assertThat(ehcp.getErrorMessage())
                .isEqualTo("Tick 'Not applicable' and give the reason, rather than typing 'N/A'");
        assertThat(figure("Pupils on roll").getValue()).isEqualTo("240");
        assertThat(returns.find(own.id()).orElseThrow().status()).isEqualTo(ReturnStatus.NOT_STARTED);
    }

    @Test
    void theSecondOfTwoPeopleSavingIsToldAndKeepsWhatTheyTyped() {
        ReturnSummary own =
                fixture.open("warwickshire", "UI two people").returns().getFirst();
        signInAndOpen("warwickshire.school", "t/warwickshire/returns/" + own.id());
        returns.saveDraft(own.id(), 0, ReturnFixture.answers("100", "3"));
        figure("Pupils on roll").setValue("250");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .anyMatch(text -> text.startsWith("Someone else changed this return while you were working on it"));
        assertThat(figure("Pupils on roll").getValue()).isEqualTo("250");
        assertThat(returns.find(own.id()).orElseThrow().entry("on_roll").value())
                .isEqualTo("100");
    }

    @Test
    void aSchoolEditorOpeningAnotherSchoolsReturnSeesTheAccessPage() {
        ReturnSummary other =
                fixture.open("warwickshire", "UI other school").returns().get(1);
        signInAndOpen("warwickshire.school", "t/warwickshire/returns/" + other.id());
        assertThat(pageText()).contains("You do not have access to this page").doesNotContain(other.schoolName());
    }

    @Test
    void theLaQueriesAFigureTheSchoolCorrectsItAndTheLaAcceptsThenReopens() {
        ReturnSummary own =
                fixture.open("warwickshire", "UI query round").returns().getFirst();
        signedIn.as("warwickshire.school");
        returns.submit(own.id(), 0, ReturnFixture.answers("240", "60"));
        signedIn.out();
        signInAndOpen("warwickshire.officer", "t/warwickshire/returns/" + own.id());
        _get(TextField.class, spec -> spec.withLabel("Query on pupils with an EHC plan"))
                .setValue("60 looks high: is it 6?");
        _click(_get(Button.class, spec -> spec.withText("Send the query to the school")));
        assertThat(returns.find(own.id()).orElseThrow().status()).isEqualTo(ReturnStatus.QUERIED);

        signInAndOpen("warwickshire.school", "t/warwickshire/returns/" + own.id());
        assertThat(pageText()).contains("The LA asks: 60 looks high: is it 6?");
        figure("Pupils with an EHC plan").setValue("6");
        _click(_get(Button.class, spec -> spec.withText("Resubmit")));
        assertThat(returns.find(own.id()).orElseThrow().status()).isEqualTo(ReturnStatus.RESUBMITTED);

        signInAndOpen("warwickshire.officer", "t/warwickshire/returns/" + own.id());
        _click(_get(Button.class, spec -> spec.withText("Accept")));
        assertThat(returns.find(own.id()).orElseThrow().status()).isEqualTo(ReturnStatus.ACCEPTED);
        _click(_get(Button.class, spec -> spec.withText("Reopen for correction")));
        _get(TextArea.class, spec -> spec.withLabel("Why it is being reopened")).setValue("Wrong term's roll");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(returns.find(own.id()).orElseThrow().status()).isEqualTo(ReturnStatus.QUERIED);
        assertThat(pageText()).contains("Olu Officer (Warwickshire): Reopened – Wrong term's roll");
    }

    @Test
    void anOfficerSetsUpAndOpensACollection() {
        signInAndOpen("kingston.officer", "t/kingston/returns");
        _click(_get(Button.class, spec -> spec.withText("Set up a collection")));
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("Summer term 2026 SEND return (UI)");
        _get(TextField.class, spec -> spec.withLabel("Series")).setValue("UI series");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(pageText()).contains("Summer term 2026 SEND return (UI)").contains("Being set up");
        _click(_get(Button.class, spec -> spec.withText("Open to schools")));
        assertThat(pageText()).contains("schools asked").contains("By planning area");
    }

    @Test
    void aCollectionBeingSetUpCanBeChangedAndABadDeadlineIsExplainedBesideIt() {
        signInAndOpen("solihull.officer", "t/solihull/returns");
        _click(_get(Button.class, spec -> spec.withText("Set up a collection")));
        _get(TextField.class, spec -> spec.withLabel("Title")).setValue("Changed before opening (UI)");
        _get(TextField.class, spec -> spec.withLabel("Series")).setValue("UI change series");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        _click(_get(Button.class, spec -> spec.withText("Change")));
        _click(_get(Button.class, spec -> spec.withText("Add a field")));
        _find(TextField.class, spec -> spec.withLabel("Field label")).getLast().setValue("Pupils with an EHC plan");
        _find(TextField.class, spec -> spec.withLabel("Not more than (another field's label)"))
                .getLast()
                .setValue("Pupils on roll");
        DatePicker deadline = _get(DatePicker.class, spec -> spec.withLabel("Deadline"));
        LocalDate opens =
                _get(DatePicker.class, spec -> spec.withLabel("Opens on")).getValue();
        deadline.setValue(opens.minusDays(1));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(deadline.getErrorMessage()).isEqualTo("The deadline must be after the date the collection opens");
        deadline.setValue(opens.plusDays(14));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(GridKt._getFormatted(grid("Fields asked for"), 1, "rules"))
                .isEqualTo("Whole number, optional, at least 0, not more than Pupils on roll");
    }

    @Test
    void theCollectionPageShowsOverdueReturnsAndTheSumsOfAcceptedFigures() {
        DataCollectionDetails autumn = signedInAs("solihull.officer").collections().stream()
                .filter(c -> c.title().equals("Autumn term 2025 SEND return"))
                .findFirst()
                .orElseThrow();
        signInAndOpen("solihull.officer", "t/solihull/collections/" + autumn.id());
        assertThat(pageText())
                .contains("Overdue")
                .contains("Meriden Park School")
                .contains("Roll-up into KPIs");
        Grid<?> rollUp = grid("Roll-up of accepted figures");
        assertThat(GridKt._getFormatted(rollUp, 0, "sum")).isEqualTo("741");
        assertThat(GridKt._getFormatted(rollUp, 0, "figures")).isEqualTo("3");
    }

    @Test
    void anUploadPreviewsRowErrorsAndSavesOnlyTheValidRows() {
        CollectionProgress opened = fixture.open("kingston", "UI upload");
        signInAndOpen(
                "kingston.officer",
                "t/kingston/collections/" + opened.collection().id());
        _click(_get(Button.class, spec -> spec.withText("Upload figures")));
        _get(TextArea.class, spec -> spec.withLabel("Or paste the table here"))
                .setValue("URN,Pupils on roll,Pupils with an EHC plan\n900301,300,12\n900302,200,250\n123456,5,1\n");
        _click(_get(Button.class, spec -> spec.withText("Preview the pasted table")));
        assertThat(pageText()).contains("1 rows ready to save as drafts; 2 rows with problems");
        Grid<?> refused = grid("Rows that will not be saved");
        assertThat(GridKt._getFormatted(refused, 0, "problems"))
                .isEqualTo("Pupils with an EHC plan: Cannot be more than pupils on roll (200)");
        assertThat(GridKt._getFormatted(refused, 1, "problems"))
                .isEqualTo("No school you can upload for has URN 123456");
        _click(_get(Button.class, spec -> spec.withText("Import")));
        assertThat(collections.progress(opened.collection().id()).returns())
                .extracting(ReturnSummary::urn, ReturnSummary::status)
                .contains(tuple("900301", ReturnStatus.DRAFT), tuple("900302", ReturnStatus.NOT_STARTED));
    }

    private DataCollectionService signedInAs(String username) {
        signedIn.as(username);
        return collections;
    }

    private static Grid<?> grid(String ariaLabel) {
        return _find(Grid.class).stream()
                .filter(g -> g.getAriaLabel().filter(ariaLabel::equals).isPresent())
                .findFirst()
                .orElseThrow();
    }

    private static TextField figure(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    static String pageText() {
        return _find(Component.class).stream()
                .map(component -> component.getElement().getText())
                .collect(Collectors.joining("\n"));
    }
}

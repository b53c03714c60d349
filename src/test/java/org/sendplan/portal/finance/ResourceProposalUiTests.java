package org.sendplan.portal.finance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.finance.ui.ResourceProposalDetailsView;
import org.sendplan.portal.finance.ui.ResourceProposalListView;
import org.springframework.beans.factory.annotation.Autowired;

/** The resource proposal screens, driven as a finance officer, a board member, an LA officer and a parent carer would. */
class ResourceProposalUiTests extends UiTest {

    @Autowired
    ResourceProposalService proposals;

    @Test
    void aFinanceOfficerDraftsAProposalAndAddsAnItemByHand() {
        signInAndOpen("kingston.finance", "t/kingston/finance/proposals");
        _click(_get(Button.class, spec -> spec.withText("Draft a proposal")));
        fill(TextField.class, "Title", "Tribunal capacity");
        fill(TextField.class, "First financial year", "2021/22");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        _click(_get(Button.class, spec -> spec.withText("Add an item")));
        fill(TextField.class, "Item (usually a post)", "Disagreement Resolution Officer");
        fill(ComboBox.class, "Category", ProposalCategory.IMPROVEMENT_CAPACITY);
        fill(ComboBox.class, "Funding source", FundingSource.COUNCIL);
        fill(TextField.class, "2021/22 (£000s)", "30");
        fill(TextField.class, "2022/23 (£000s)", "45k");
        _click(_get(Button.class, spec -> spec.withText("Save item")));

        Grid<?> items = _get(ResourceProposalDetailsView.class)
                .getChildren()
                .filter(Grid.class::isInstance)
                .map(Grid.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormatted(items, 0, "2022/23")).isEqualTo("£45k");
        assertThat(GridKt._getFormatted(items, 3, "label")).isEqualTo("Total (computed)");
        assertThat(GridKt._getFormatted(items, 3, "2021/22")).isEqualTo("£30k");
        assertThat(proposals.proposals())
                .filteredOn(p -> p.title().equals("Tribunal capacity"))
                .singleElement()
                .satisfies(p -> assertThat(p.totals()
                                .bySource(FundingSource.COUNCIL)
                                .in(p.years().get(1)))
                        .isEqualByComparingTo("45000"));
    }

    @Test
    void aFigureThatIsNotMoneyIsExplainedBesideItsYearAndNothingIsSaved() {
        ResourceProposalDetails draft = draftAs("kingston.finance", "Bad figure");
        signInAndOpen("kingston.finance", "t/kingston/finance/proposals/" + draft.id());
        _click(_get(Button.class, spec -> spec.withText("Add an item")));
        fill(TextField.class, "Item (usually a post)", "Educational Psychologist");
        fill(ComboBox.class, "Category", ProposalCategory.DEMAND_PRESSURE);
        fill(ComboBox.class, "Funding source", FundingSource.COUNCIL);
        fill(TextField.class, "2022/23 (£000s)", "seventy");
        _click(_get(Button.class, spec -> spec.withText("Save item")));
        TextField year = _get(TextField.class, spec -> spec.withLabel("2022/23 (£000s)"));
        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).isEqualTo("'seventy' is not an amount of money like 1,234.50");
        assertThat(proposals.find(draft.id()).orElseThrow().items()).isEmpty();
    }

    @Test
    void pastingTheSolihullAppendixReproducesThePapersTotalsOnScreen() {
        ResourceProposalDetails draft = draftAs("solihull.finance", "Appendix pasted");
        signInAndOpen("solihull.finance", "t/solihull/finance/proposals/" + draft.id());
        _click(_get(Button.class, spec -> spec.withText("Import items")));
        _get(TextArea.class, spec -> spec.withLabel("Or paste the table here"))
                .setValue(SolihullAppendix.read().asImportTable(true));
        _click(_get(Button.class, spec -> spec.withText("Preview the pasted table")));
        assertThat(pageText())
                .contains("11 lines to import; 0 rows with problems; 3 printed total rows checked, 0 disagreements.");
        _click(_get(Button.class, spec -> spec.withText("Import")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("reserve-total")).getText())
                .isEqualTo("Asked of Council funding from 2021/22 to 2023/24: £1,176k (£1,176,000)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ongoing-total")).getText())
                .isEqualTo("Ongoing Council funding from 2024/25: £528k a year (£528,000)");
    }

    @Test
    void aDeliberatelyWrongPrintedTotalIsFlaggedWithRowYearAndBothFigures() {
        ResourceProposalDetails draft = draftAs("solihull.finance", "Appendix with a typo");
        signInAndOpen("solihull.finance", "t/solihull/finance/proposals/" + draft.id());
        _click(_get(Button.class, spec -> spec.withText("Import items")));
        String wrong = SolihullAppendix.read()
                .asImportTable(true)
                .replace("Total Council\t\t\t\t219k\t398k", "Total Council\t\t\t\t219k\t389k");
        _get(TextArea.class, spec -> spec.withLabel("Or paste the table here")).setValue(wrong);
        _click(_get(Button.class, spec -> spec.withText("Preview the pasted table")));

        @SuppressWarnings("unchecked")
        Grid<Disagreement> disagreements = _get(
                Grid.class,
                spec -> spec.withPredicate(g -> "Printed totals that disagree with the computed totals"
                        .equals(g.getAriaLabel().orElse(null))));
        assertThat(GridKt._findAll(disagreements)).singleElement().satisfies(d -> {
            assertThat(d.column()).isEqualTo("2022/23");
            assertThat(d.printed()).isEqualByComparingTo("389000");
            assertThat(d.computed()).isEqualByComparingTo("398000");
        });
        Button importButton = _get(Button.class, spec -> spec.withText("Import"));
        assertThat(importButton.isEnabled()).isFalse();
        _get(Checkbox.class).setValue(true);
        assertThat(importButton.isEnabled()).isTrue();
    }

    @Test
    void aBoardMemberRecordsTheDecisionAndTheProposalFreezes() {
        ResourceProposalDetails draft = draftAs("warwickshire.finance", "For the board");
        signedIn.as("warwickshire.finance");
        ResourceProposalDetails withItem = proposals.saveItems(
                draft.id(),
                draft.version(),
                List.of(ResourceProposalTests.post("SEND Deputy Service Manager", FundingSource.COUNCIL, "45000")));
        proposals.submit(withItem.id(), withItem.version());
        signedIn.out();
        signInAndOpen("warwickshire.board", "t/warwickshire/finance/proposals/" + draft.id());
        _click(_get(Button.class, spec -> spec.withText("Record the board's decision")));
        fill(ComboBox.class, "Decision", ProposalStatus.DEFERRED);
        fill(TextArea.class, "The decision as the board recorded it", "Deferred to the September meeting");
        _click(_get(Button.class, spec -> spec.withText("Record decision")));
        assertThat(pageText()).contains("Board decision: Deferred").contains("Deferred to the September meeting");
        assertThat(proposals.find(draft.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DEFERRED);
        assertThat(_find(Button.class, spec -> spec.withText("Add an item"))).isEmpty();
    }

    @Test
    void aFinanceOfficerSubmitsThenStartsANewVersionOnceDecided() {
        ResourceProposalDetails draft = draftAs("kingston.finance", "Submitted from the screen");
        signedIn.as("kingston.finance");
        proposals.saveItems(
                draft.id(),
                draft.version(),
                List.of(ResourceProposalTests.post("Commissioning Officer", FundingSource.COUNCIL, "49000")));
        signedIn.out();
        signInAndOpen("kingston.finance", "t/kingston/finance/proposals/" + draft.id());
        _click(_get(Button.class, spec -> spec.withText("Submit to the board")));
        assertThat(_find(Button.class, spec -> spec.withText("Add an item"))).isEmpty();
        signedIn.as("kingston.board");
        ResourceProposalDetails submitted = proposals.find(draft.id()).orElseThrow();
        proposals.decide(
                submitted.id(),
                submitted.version(),
                new BoardDecision(ProposalStatus.APPROVED, "Approved", LocalDate.of(2021, 7, 1)));
        signedIn.out();
        signInAndOpen("kingston.finance", "t/kingston/finance/proposals/" + draft.id());
        _click(_get(Button.class, spec -> spec.withText("Start a new version")));
        assertThat(pageText()).contains("Version 2 · Draft");
        assertThat(_find(Button.class, spec -> spec.withText("Add an item"))).hasSize(1);
        assertThat(proposals.find(draft.id()).orElseThrow().status()).isEqualTo(ProposalStatus.APPROVED);
    }

    @Test
    void anLaOfficerReadsProposalsButSeesNoWayToChangeThem() {
        ResourceProposalDetails draft = draftAs("warwickshire.finance", "Read only for officers");
        signedIn.out();
        signInAndOpen("warwickshire.officer", "t/warwickshire/finance/proposals");
        assertThat(_find(ResourceProposalListView.class)).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Draft a proposal")))
                .isEmpty();
        signInAndOpen("warwickshire.officer", "t/warwickshire/finance/proposals/" + draft.id());
        assertThat(_find(Button.class, spec -> spec.withText("Add an item"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Submit to the board")))
                .isEmpty();
    }

    @Test
    void aParentCarerIsRefusedTheProposals() {
        signInAndOpen("warwickshire.parent", "t/warwickshire/finance/proposals");
        assertThat(_find(ResourceProposalListView.class)).isEmpty();
        assertThat(pageText()).contains("You do not have access to this page");
    }

    @Test
    void anotherTenantsProposalIsNotFound() {
        ResourceProposalDetails draft = draftAs("kingston.finance", "Kingston's own");
        signedIn.out();
        signInAndOpen("solihull.finance", "t/solihull/finance/proposals/" + draft.id());
        assertThat(_find(ResourceProposalDetailsView.class)).isEmpty();
        assertThat(pageText()).contains("Page not found").doesNotContain("Kingston's own");
    }

    private ResourceProposalDetails draftAs(String username, String title) {
        signedIn.as(username);
        ResourceProposalDetails draft =
                proposals.create(new ProposalDraft(title, null, MoneyUnit.THOUSANDS, SolihullAppendix.FIRST_YEAR, 4));
        signedIn.out();
        return draft;
    }

    static String pageText() {
        return _find(Component.class).stream()
                .map(component -> component.getElement().getText())
                .collect(Collectors.joining("\n"));
    }

    @SuppressWarnings("unchecked")
    static <V> void fill(Class<? extends Component> type, String label, V value) {
        ((HasValue<?, V>) _get(type, spec -> spec.withLabel(label))).setValue(value);
    }
}

package org.sendplan.portal.fundingstatements;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.common.FinancialYear;
import org.springframework.beans.factory.annotation.Autowired;

/** The statement screens as a school editor and an LA officer use them, and the public page signed out. */
class SenFundingUiTests extends UiTest {

    @Autowired
    SenFundingService statements;

    static String pageText() {
        return _find(Component.class).stream()
                .map(component -> component.getElement().getText())
                .collect(Collectors.joining("\n"));
    }

    static void type(String label, String value) {
        _get(TextField.class, spec -> spec.withLabel(label)).setValue(value);
    }

    @Test
    void aSchoolEditorWritesAStatementAndSeesTheTotalComputedAsTheyType() {
        signInAndOpen("solihull.school", "t/solihull/sen-funding/900201/2023-24");
        type("Notional SEN budget (£)", "60,000");
        type("Spent on: Staffing and teaching assistants (£)", "40,000");
        type("Spent on: SENCO time (£)", "8,000");
        type("Spent on: Interventions (£)", "5,000");
        type("Spent on: Training (£)", "1,000.50");
        type("Spent on: Resources (£)", "0");
        type("Spent on: Bought-in services (£)", "7,000");
        assertThat(pageText())
                .contains("Total spent (computed): £61,000.50. Difference from the budget: £1,000.50 over budget.");
        _get(TextArea.class, spec -> spec.withLabel("Narrative")).setValue("We spent it on teaching assistants.");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        StatementDetails saved =
                statements.find("900201", FinancialYear.parse("2023/24")).orElseThrow();
        assertThat(saved.figures().totalSpent()).isEqualByComparingTo("61000.50");
        assertThat(pageText())
                .contains("Draft, not published")
                .contains("Started the statement: budget £60,000, spent £61,000.50");
    }

    @Test
    void anAmountThatIsNotMoneyIsMarkedBesideItsFieldAndNothingIsSavedOrLost() {
        signInAndOpen("kingston.school", "t/kingston/sen-funding/900301/2022-23");
        type("Notional SEN budget (£)", "50000");
        type("Spent on: Training (£)", "12abc");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        TextField training = _get(TextField.class, spec -> spec.withLabel("Spent on: Training (£)"));
        assertThat(training.isInvalid()).isTrue();
        assertThat(training.getErrorMessage()).isEqualTo("'12abc' is not an amount of money like 1,234.50");
        assertThat(training.getValue()).isEqualTo("12abc");
        assertThat(statements.find("900301", FinancialYear.parse("2022/23"))).isEmpty();
    }

    @Test
    void aMissingAmountIsNamedBesideItsField() {
        signInAndOpen("kingston.school", "t/kingston/sen-funding/900301/2021-22");
        type("Notional SEN budget (£)", "50000");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Spent on: SENCO time (£)"))
                        .getErrorMessage())
                .isEqualTo("Enter the spend on SENCO time (0 if none)");
    }

    @Test
    void aSchoolEditorSubmitsAndPublishesFromTheStatementPage() {
        signInAndOpen("warwickshire.school", "t/warwickshire/sen-funding/900101/2025-26");
        _click(_get(Button.class, spec -> spec.withText("Submit to the local authority")));
        _click(_get(Button.class, spec -> spec.withText("Publish on the school's public page")));
        assertThat(pageText()).contains("Submitted to the local authority, published");
        _click(_get(Button.class, spec -> spec.withText("Return to draft to change it")));
        assertThat(statements
                        .find("900101", FinancialYear.parse("2025/26"))
                        .orElseThrow()
                        .published())
                .isFalse();
    }

    @Test
    void anotherSchoolsStatementAddressShowsTheRefusalPage() {
        signInAndOpen("warwickshire.school", "t/warwickshire/sen-funding/900102/2024-25");
        assertThat(pageText())
                .contains("You do not have access to this page")
                .doesNotContain("Nuneaton Fields Academy");
    }

    @Test
    void anOfficerSeesEverySchoolWithItsStatusAndReadsAStatementAsATable() {
        signInAndOpen("warwickshire.officer", "t/warwickshire/sen-funding");
        Grid<?> grid = _get(Grid.class);
        List<String> rows = IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._getFormatted(grid, row, "urn") + " " + GridKt._getFormatted(grid, row, "year")
                        + " " + GridKt._getFormatted(grid, row, "status"))
                .toList();
        assertThat(rows).contains("900101 2024/25 Submitted to the local authority", "900107 – No statement yet");
        assertThat(_find(Button.class, spec -> spec.withText("Open statement"))).isEmpty();
        signInAndOpen("warwickshire.officer", "t/warwickshire/sen-funding/900101/2024-25");
        assertThat(_get(NativeTable.class).getCaptionText()).isEqualTo("The statement's figures");
        assertThat(_find(Button.class, spec -> spec.withText("Save draft"))).isEmpty();
    }

    @Test
    void aSchoolEditorOpensAStatementForTheirSchoolFromTheList() {
        signInAndOpen("solihull.school", "t/solihull/sen-funding");
        _get(TextField.class, spec -> spec.withLabel("Financial year")).setValue("2024/25");
        _click(_get(Button.class, spec -> spec.withText("Open statement")));
        assertThat(_get(H1.class).getText())
                .isEqualTo("Blossomfield Primary School: SEN notional funding statement 2024/25");
    }

    @Test
    void thePublicPageShowsOnlyThePublishedStatementSignedOut() {
        com.vaadin.flow.component.UI.getCurrent().navigate("public/warwickshire/schools/900101/sen-funding");
        assertThat(_get(H1.class).getText()).isEqualTo("Riverside Primary School: SEN notional funding statement");
        assertThat(_find(NativeTable.class))
                .extracting(NativeTable::getCaptionText)
                .contains("How Riverside Primary School spent its notional SEN budget in 2024/25");
        assertThat(pageText())
                .contains("£84,500")
                .contains("£85,750.50")
                .contains("£1,250.50 over budget")
                .doesNotContain("figures to be confirmed");
    }

    @Test
    void thePublicPageOfASchoolWithNothingPublishedOrInAnotherAuthoritySaysNotPublished() {
        com.vaadin.flow.component.UI.getCurrent().navigate("public/warwickshire/schools/900102/sen-funding");
        assertThat(_get(H1.class).getText()).isEqualTo("No published SEN funding statement");
        com.vaadin.flow.component.UI.getCurrent().navigate("public/solihull/schools/900101/sen-funding");
        assertThat(_get(H1.class).getText()).isEqualTo("No published SEN funding statement");
        assertThat(pageText()).doesNotContain("Riverside");
    }
}

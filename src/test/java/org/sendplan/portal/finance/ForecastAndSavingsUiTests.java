package org.sendplan.portal.finance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sendplan.portal.finance.ResourceProposalUiTests.fill;
import static org.sendplan.portal.finance.ResourceProposalUiTests.pageText;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.finance.ui.HighNeedsForecastListView;
import org.sendplan.portal.finance.ui.SavingsTargetListView;
import org.springframework.beans.factory.annotation.Autowired;

/** The forecast and savings screens, driven as a finance officer, a board member, an LA officer and a parent carer would. */
class ForecastAndSavingsUiTests extends UiTest {

    @Autowired
    HighNeedsForecastService forecasts;

    @Autowired
    SavingsTargetService savings;

    @Test
    void aFinanceOfficerStartsAForecastAndAddsALineByHand() {
        signInAndOpen("kingston.finance", "t/kingston/finance/forecasts");
        _click(_get(Button.class, spec -> spec.withText("Start a forecast")));
        fill(TextField.class, "Version", "Budget setting February");
        fill(TextField.class, "First financial year", "2018/19");
        fill(TextField.class, "Deficit brought forward", "1,200");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        _click(_get(Button.class, spec -> spec.withText("Add a line")));
        fill(TextField.class, "Line", "Place and top-up funding for direct provision");
        fill(ComboBox.class, "Kind", ForecastLineKind.EXPENDITURE);
        fill(TextField.class, "2018/19 (£000s)", "20,000");
        _click(_get(Button.class, spec -> spec.withText("Save line")));
        Grid<?> computed = grid("Computed totals, As is");
        assertThat(GridKt._getFormatted(computed, 5, "label")).isEqualTo("Cumulative deficit");
        assertThat(GridKt._getFormatted(computed, 5, "2018/19")).isEqualTo("£21,200k");
        assertThat(GridKt._getFormatted(computed, 5, "2019/20")).isEqualTo("£21,200k");
    }

    @Test
    void positiveFundingTypedByHandIsExplainedAndNotSaved() {
        HighNeedsForecastDetails forecast = forecastAs("kingston.finance", List.of());
        signInAndOpen("kingston.finance", "t/kingston/finance/forecasts/" + forecast.id());
        _click(_get(Button.class, spec -> spec.withText("Add a line")));
        fill(TextField.class, "Line", "High Needs Block allocation");
        fill(ComboBox.class, "Kind", ForecastLineKind.FUNDING);
        fill(TextField.class, "2018/19 (£000s)", "19000");
        _click(_get(Button.class, spec -> spec.withText("Save line")));
        NotificationsKt.expectNotifications(
                "'High Needs Block allocation' is funding, which the forecast shows as a negative, "
                        + "as the papers do: enter -£19,000,000 for 2018/19, not £19,000,000");
        assertThat(forecasts.find(forecast.id()).orElseThrow().lines()).isEmpty();
    }

    @Test
    void theChartCarriesATitleADescriptionAndSitsBesideTheTable() {
        HighNeedsForecastDetails forecast = forecastAs("kingston.finance", ForecastFixture.LINES);
        signInAndOpen("kingston.board", "t/kingston/finance/forecasts/" + forecast.id());
        String svg = _get(Div.class, spec -> spec.withClasses("finance-chart"))
                .getElement()
                .getProperty("innerHTML");
        assertThat(svg)
                .contains(
                        "<title id=\"chart-title\">High Needs Block forecast – Budget setting February (As is)</title>")
                .contains("2018/19: expenditure £23,000k, funding £19,414k, remaining overspend £3,586k.");
        assertThat(_find(Button.class, spec -> spec.withText("Add a line"))).isEmpty();
        assertThat(GridKt._getFormatted(grid("Computed totals, As is"), 2, "2022/23"))
                .isEqualTo("£5,400k");
    }

    @Test
    void switchingToWithThePlanCountsThePlansSavings() {
        List<ForecastLineDraft> lines = new ArrayList<>(ForecastFixture.LINES);
        lines.add(ForecastFixture.line(
                ForecastLineKind.PLAN_SAVING, "Savings from the plan", "", "", "-200", "-400", "-600"));
        HighNeedsForecastDetails forecast = forecastAs("kingston.finance", lines);
        signInAndOpen("kingston.officer", "t/kingston/finance/forecasts/" + forecast.id());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ForecastScenario> scenario = _get(RadioButtonGroup.class);
        scenario.setValue(ForecastScenario.WITH_THE_PLAN);
        assertThat(GridKt._getFormatted(grid("Computed totals, With the plan"), 4, "2022/23"))
                .isEqualTo("£3,800k");
    }

    @Test
    void aForecastWithAWrongPrintedShortfallIsFlaggedOnImport() {
        HighNeedsForecastDetails forecast = forecastAs("kingston.finance", List.of());
        signInAndOpen("kingston.finance", "t/kingston/finance/forecasts/" + forecast.id());
        _click(_get(Button.class, spec -> spec.withText("Import lines")));
        _get(TextArea.class, spec -> spec.withLabel("Or paste the table here"))
                .setValue(ImportTests.FORECAST_WITH_WRONG_SHORTFALL);
        _click(_get(Button.class, spec -> spec.withText("Preview the pasted table")));
        assertThat(pageText())
                .contains("5 lines to import; 0 rows with problems; 2 printed total rows checked, 1 disagreement.");
    }

    @Test
    void aFinanceOfficerBuildsASavingsTableAndSeesWhatRemains() {
        signInAndOpen("solihull.finance", "t/solihull/finance/savings");
        _click(_get(Button.class, spec -> spec.withText("Start a savings table")));
        fill(TextField.class, "Financial year the budgets are for", "2021/22");
        fill(TextField.class, "Savings target", "1,000");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        addService("Independent special school placements", "10,674", "10,174");
        addService("Early help and inclusion", "400", "450");
        assertThat(_get(Paragraph.class, spec -> spec.withId("savings-summary")).getText())
                .isEqualTo("Savings target: £1,000k. Savings so far: £450k. Remaining for next year: £550k.");
        assertThat(GridKt._getFormatted(grid("Service budgets and savings"), 1, "saving"))
                .isEqualTo("-£50k");
    }

    @Test
    void anExportedSavingsWorkbookUploadsIntoAnotherTableWithItsTotalsAgreeing() {
        signedIn.as("solihull.finance");
        SavingsTargetDraft draft = new SavingsTargetDraft(
                "Uploaded savings", FinancialYear.parse("2021/22"), MoneyUnit.THOUSANDS, new BigDecimal("1000000"));
        SavingsTargetDetails source = savings.create(draft);
        source = savings.saveLines(source.id(), source.version(), SavingsTargetTotalsTests.LINES);
        SavingsTargetDetails target = savings.create(draft);
        byte[] workbook = FinanceExports.savings(source).xlsx();
        signedIn.out();
        signInAndOpen("solihull.finance", "t/solihull/finance/savings/" + target.id());
        _click(_get(Button.class, spec -> spec.withText("Import lines")));
        UploadKt._upload(_get(Upload.class), "savings.xlsx", workbook);
        MockVaadin.clientRoundtrip(false);
        assertThat(pageText())
                .contains("3 lines to import; 0 rows with problems; 3 printed total rows checked, 0 disagreements.");
        _click(_get(Button.class, spec -> spec.withText("Import")));
        assertThat(savings.find(target.id()).orElseThrow().lines()).isEqualTo(SavingsTargetTotalsTests.LINES);
        assertThat(_get(Paragraph.class, spec -> spec.withId("savings-summary")).getText())
                .isEqualTo("Savings target: £1,000k. Savings so far: £599.5k. Remaining for next year: £400.5k.");
    }

    @Test
    void aBadBudgetFigureIsExplainedBesideItsField() {
        signedIn.as("solihull.finance");
        SavingsTargetDetails table = savings.create(new SavingsTargetDraft(
                "Bad figures", FinancialYear.parse("2021/22"), MoneyUnit.POUNDS, BigDecimal.TEN));
        signedIn.out();
        signInAndOpen("solihull.finance", "t/solihull/finance/savings/" + table.id());
        _click(_get(Button.class, spec -> spec.withText("Add a service")));
        fill(TextField.class, "Service", "Transport");
        fill(TextField.class, "Last year's budget (£)", "lots");
        fill(TextField.class, "This year's budget (£)", "100");
        _click(_get(Button.class, spec -> spec.withText("Save service")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Last year's budget (£)"))
                        .getErrorMessage())
                .isEqualTo("'lots' is not an amount of money like 1,234.50");
        assertThat(savings.find(table.id()).orElseThrow().lines()).isEmpty();
    }

    @Test
    void anLaOfficerReadsSavingsWithoutWaysToChangeThem() {
        signInAndOpen("solihull.officer", "t/solihull/finance/savings");
        assertThat(_find(SavingsTargetListView.class)).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Start a savings table")))
                .isEmpty();
    }

    @Test
    void aParentCarerIsRefusedForecastsAndSavings() {
        signInAndOpen("kingston.parent", "t/kingston/finance/forecasts");
        assertThat(_find(HighNeedsForecastListView.class)).isEmpty();
        assertThat(pageText()).contains("You do not have access to this page");
        signInAndOpen("kingston.parent", "t/kingston/finance/savings");
        assertThat(_find(SavingsTargetListView.class)).isEmpty();
    }

    @Test
    void anotherTenantsForecastOrSavingsTableIsNotFound() {
        HighNeedsForecastDetails forecast = forecastAs("kingston.finance", ForecastFixture.LINES);
        signedIn.as("kingston.finance");
        SavingsTargetDetails table = savings.create(new SavingsTargetDraft(
                "Kingston savings", FinancialYear.parse("2021/22"), MoneyUnit.POUNDS, BigDecimal.ONE));
        signedIn.out();
        signInAndOpen("warwickshire.finance", "t/warwickshire/finance/forecasts/" + forecast.id());
        assertThat(pageText()).contains("Page not found").doesNotContain("Budget setting February");
        signInAndOpen("warwickshire.finance", "t/warwickshire/finance/savings/" + table.id());
        assertThat(pageText()).contains("Page not found").doesNotContain("Kingston savings");
    }

    @Test
    void theFinanceScreensAreInTheNavigationOfThoseWhoMayReadThem() {
        signInAndOpen("kingston.board", "t/kingston/finance/forecasts");
        assertThat(pageText()).contains("High Needs forecast", "Savings", "Resource proposals");
    }

    private void addService(String service, String last, String current) {
        _click(_get(Button.class, spec -> spec.withText("Add a service")));
        fill(TextField.class, "Service", service);
        fill(TextField.class, "Last year's budget (£000s)", last);
        fill(TextField.class, "This year's budget (£000s)", current);
        _click(_get(Button.class, spec -> spec.withText("Save service")));
    }

    private HighNeedsForecastDetails forecastAs(String username, List<ForecastLineDraft> lines) {
        signedIn.as(username);
        HighNeedsForecastDetails created = forecasts.create(ForecastFixture.DRAFT);
        HighNeedsForecastDetails saved = forecasts.saveLines(created.id(), created.version(), lines);
        signedIn.out();
        return saved;
    }

    private static Grid<?> grid(String ariaLabel) {
        return _get(
                Grid.class,
                spec -> spec.withPredicate(
                        g -> ariaLabel.equals(g.getAriaLabel().orElse(null))));
    }
}

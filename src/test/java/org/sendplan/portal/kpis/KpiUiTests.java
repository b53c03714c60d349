package org.sendplan.portal.kpis;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sendplan.portal.kpis.KpiFixtures.n;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.common.ReportingFrequency;
import org.sendplan.portal.plans.PlanService;
import org.springframework.beans.factory.annotation.Autowired;

/** The KPI list, the KPI page with its dialogs, and the KPI section of the action page, as each role sees them. */
class KpiUiTests extends UiTest {

    @Autowired
    KpiService kpis;

    @Autowired
    PlanService plans;

    @Test
    void theListShowsEachKpisLatestFigureTargetComputedRagAndTrend() {
        signInAndOpen("warwickshire.board", "t/warwickshire/kpis");
        Grid<?> grid = grid("KPIs");
        int row = rowOf(grid, "name", "Number of places in resourced provisions");
        assertThat(GridKt._getFormatted(grid, row, "value")).isEqualTo("112");
        assertThat(GridKt._getFormatted(grid, row, "target")).isEqualTo("120");
        assertThat(GridKt._getFormatted(grid, row, "trend")).isEqualTo("Improving");
        assertThat(text(GridKt._getCellComponent(grid, row, "rag"))).startsWith("Amber");
        assertThat(_find(Button.class, spec -> spec.withText("Define a KPI"))).isEmpty();
    }

    @Test
    void anOfficerDefinesAKpiThroughTheForm() {
        signInAndOpen("kingston.officer", "t/kingston/kpis");
        _click(_get(Button.class, spec -> spec.withText("Define a KPI")));
        fill(TextField.class, "Name", "Weeks to issue an EHC plan (UI)");
        fill(ComboBox.class, "Unit", KpiUnit.WEEKS);
        fill(ComboBox.class, "Direction", Direction.LOWER_IS_BETTER);
        fill(ComboBox.class, "Frequency", ReportingFrequency.MONTHLY);
        fill(TextField.class, "Amber tolerance", "2");
        fill(TextArea.class, "Targets", "March 2026: 20\nApril 2026: 19");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_get(H1.class).getText()).isEqualTo("Weeks to issue an EHC plan (UI)");
        assertThat(text(_get(Div.class, spec -> spec.withClasses("kpi-chart")))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withClasses("kpi-chart"))
                        .getElement()
                        .getProperty("innerHTML"))
                .contains("<title id=\"kpi-chart-title\">")
                .contains("<desc id=\"kpi-chart-desc\">");
        assertThat(GridKt._size(grid("Figures against targets, Weeks to issue an EHC plan (UI)")))
                .isEqualTo(2);
    }

    @Test
    void aTargetForAPeriodOfAnotherFrequencyIsShownBesideTheTargetsAndNothingIsSaved() {
        signInAndOpen("kingston.officer", "t/kingston/kpis");
        _click(_get(Button.class, spec -> spec.withText("Define a KPI")));
        fill(TextField.class, "Name", "Refused target (UI)");
        fill(ComboBox.class, "Unit", KpiUnit.COUNT);
        fill(ComboBox.class, "Frequency", ReportingFrequency.FINANCIAL_YEAR);
        fill(TextArea.class, "Targets", "Spring 2026: 5");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        TextArea targets = _get(TextArea.class, spec -> spec.withLabel("Targets"));
        assertThat(targets.isInvalid()).isTrue();
        assertThat(targets.getErrorMessage()).contains("'Spring 2026' is not a financial year");
        assertThat(_find(Dialog.class)).hasSize(1);
        fill(TextField.class, "Amber tolerance", "-1");
        fill(TextArea.class, "Targets", "2025/26: 5");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Amber tolerance"))
                        .getErrorMessage())
                .isEqualTo("The amber tolerance cannot be negative");
        assertThat(kpis.kpis()).extracting(KpiSummary::name).doesNotContain("Refused target (UI)");
    }

    @Test
    void anOfficerEntersAPercentageAsHowManyOutOfHowManyAndSeesTheComputedRag() {
        signedIn.as("solihull.officer");
        KpiDraft d = KpiFixtures.collectedPercentage("First appointments within 18 weeks (UI)");
        KpiDetails kpi = kpis.create(new KpiDraft(
                d.name(),
                d.definition(),
                d.unit(),
                d.direction(),
                d.frequency(),
                null,
                null,
                d.amberTolerance(),
                KpiSource.ENTERED_BY_LA,
                Set.of(),
                d.targets()));
        signInAndOpen("solihull.officer", "t/solihull/kpis/" + kpi.id());
        _click(_get(Button.class, spec -> spec.withText("Enter a figure")));
        fill(TextField.class, "Period", "Spring 2026");
        fill(TextField.class, "Numerator (how many)", "30");
        fill(TextField.class, "Denominator (out of how many)", "0");
        _click(_get(Button.class, spec -> spec.withText("Save figure")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Denominator (out of how many)"))
                        .getErrorMessage())
                .isEqualTo("The denominator must be more than zero");
        fill(TextField.class, "Denominator (out of how many)", "75");
        _click(_get(Button.class, spec -> spec.withText("Save figure")));
        Grid<?> figures = grid("Figures against targets, " + d.name());
        int spring = rowOf(figures, "period", "Spring 2026");
        assertThat(GridKt._getFormatted(figures, spring, "value")).isEqualTo("40%");
        assertThat(GridKt._getFormatted(figures, spring, "workings")).isEqualTo("30 of 75, entered by the LA");
        assertThat(text(GridKt._getCellComponent(figures, spring, "rag"))).startsWith("Amber");
        assertThat(pageText()).contains("sum of numerators ÷ sum of denominators");
    }

    @Test
    void anOfficerRemovesAFigureAfterConfirming() {
        signedIn.as("solihull.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.enteredCount("Figure removed (UI)"));
        kpis.recordValue(kpi.id(), kpi.version(), KpiValueDraft.overall("2024/25", n("7"), null));
        signInAndOpen("solihull.officer", "t/solihull/kpis/" + kpi.id());
        _click((Button) GridKt._getCellComponent(grid("Figures entered by the LA"), 0, "remove"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._size(grid("Figures entered by the LA"))).isZero();
        assertThat(kpis.history(kpi.id()))
                .extracting(KpiChangeRecord::summary)
                .contains("Removed the figure for 2024/25");
    }

    @Test
    void anOfficerLinksAnActionAndTheActionPageShowsTheKpiWithItsRag() {
        signedIn.as("warwickshire.officer");
        KpiDetails kpi = kpis.create(KpiFixtures.enteredCount("Linked from the KPI page (UI)"));
        LinkedAction action = KpiFixtures.anActionOfTheDemoPlan(kpis, plans);
        signInAndOpen("warwickshire.officer", "t/warwickshire/kpis/" + kpi.id());
        _click(_get(Button.class, spec -> spec.withText("Link plan actions")));
        fill(MultiSelectComboBox.class, "Actions this KPI measures", Set.of(action));
        _click(_get(Button.class, spec -> spec.withText("Save links")));
        assertThat(_find(Anchor.class, spec -> spec.withText(action.activity())))
                .singleElement()
                .satisfies(link -> assertThat(link.getHref()).endsWith("/actions/" + action.id()));
        signInAndOpen("warwickshire.parent", "t/warwickshire/plans/" + action.planId() + "/actions/" + action.id());
        Grid<?> onAction = grid("KPIs measuring this action");
        int row = rowOf(onAction, "name", "Linked from the KPI page (UI)");
        assertThat(text(GridKt._getCellComponent(onAction, row, "rag"))).isEqualTo("Grey – no data");
    }

    @Test
    void aParentCarerReadsAKpiWithItsBreakdownsButCannotChangeIt() {
        signInAndOpen("warwickshire.parent", "t/warwickshire/kpis");
        Grid<?> list = grid("KPIs");
        Anchor link = (Anchor) GridKt._getCellComponent(
                list, rowOf(list, "name", "% of learners with EHC plans in mainstream settings"), "name");
        signInAndOpen("warwickshire.parent", link.getHref().substring(1));
        assertThat(_find(Button.class, spec -> spec.withText("Enter a figure"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Edit definition and targets")))
                .isEmpty();
        Grid<?> breakdowns = grid("Breakdowns, latest period");
        assertThat(GridKt._size(breakdowns)).isGreaterThan(3);
        assertThat(pageText()).contains("Collected from organisations").contains("Planning area");
    }

    @Test
    void aSchoolEditorReachesKpisOnlyThroughReturns() {
        signInAndOpen("warwickshire.school", "t/warwickshire/kpis");
        assertThat(pageText()).contains("You do not have access to this page");
    }

    private static Grid<?> grid(String label) {
        return _find(Grid.class).stream()
                .filter(g -> label.equals(g.getAriaLabel().orElse(null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No grid labelled " + label));
    }

    private static int rowOf(Grid<?> grid, String key, String wanted) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            Component cell = grid.getColumnByKey(key).getRenderer() instanceof ComponentRenderer<?, ?>
                    ? GridKt._getCellComponent(grid, row, key)
                    : null;
            String shown = cell == null ? GridKt._getFormatted(grid, row, key) : text(cell);
            if (wanted.equals(shown)) {
                return row;
            }
        }
        throw new AssertionError("No row with " + key + " " + wanted);
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static String pageText() {
        return _find(Component.class).stream()
                .map(c -> c.getElement().getText())
                .collect(Collectors.joining("\n"));
    }

    @SuppressWarnings("unchecked")
    private static <V> void fill(Class<? extends Component> type, String label, V value) {
        ((HasValue<?, V>) _get(type, spec -> spec.withLabel(label))).setValue(value);
    }
}

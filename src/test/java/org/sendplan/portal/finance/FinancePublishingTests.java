package org.sendplan.portal.finance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendplan.portal.finance.ResourceProposalUiTests.pageText;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.finance.ui.FinancePublishingView;
import org.sendplan.portal.finance.ui.HighNeedsForecastDetailsView;
import org.sendplan.portal.finance.ui.PublishedFinanceView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Parent carers and schools read only the finance tables their local authority publishes; nothing by default. */
class FinancePublishingTests extends UiTest {

    @Autowired
    HighNeedsForecastService forecasts;

    @Autowired
    SavingsTargetService savings;

    @Autowired
    FinancePublishing publishing;

    @Test
    void byDefaultNothingIsPublishedSoParentsAndSchoolsHaveNoFinanceInTheirNavigation() {
        signInAndOpen("warwickshire.parent", "t/warwickshire");
        assertThat(navigation()).doesNotContain("Finance");
        signInAndOpen("warwickshire.school", "t/warwickshire");
        assertThat(navigation()).doesNotContain("Finance");
        assertThat(publishing.published()).isEmpty();
    }

    @Test
    void theServiceRefusesAParentCarerAnUnpublishedTableAndThePageShowsTheRefusal() {
        HighNeedsForecastDetails forecast = forecastOf("solihull.finance");
        signedIn.as("solihull.parent");
        assertThatThrownBy(() -> forecasts.find(forecast.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forecasts.history(forecast.id())).isInstanceOf(AccessDeniedException.class);
        signInAndOpen("solihull.parent", "t/solihull/finance/forecasts/" + forecast.id());
        assertThat(_find(HighNeedsForecastDetailsView.class)).isEmpty();
        assertThat(pageText()).contains("You do not have access to this page");
    }

    @Test
    void aFinanceOfficerPublishesAForecastAndAParentCarerReadsItWithoutWaysToChangeIt() {
        HighNeedsForecastDetails forecast = forecastOf("solihull.finance");
        signInAndOpen("solihull.finance", "t/solihull/finance/publishing");
        Grid<?> tables = _get(
                Grid.class,
                spec -> spec.withPredicate(g -> "Finance tables and who may read them"
                        .equals(((Grid<?>) g).getAriaLabel().orElse(null))));
        int row =
                rowOf(tables, forecast.draft().title() + ": " + forecast.draft().versionLabel());
        ((Checkbox) GridKt._getCellComponent(tables, row, "published")).setValue(true);
        assertThat(GridKt._getFormatted(tables, row, "by")).startsWith("Fran Finance");

        signInAndOpen("solihull.parent", "t/solihull");
        assertThat(navigation()).contains("Finance");
        signInAndOpen("solihull.parent", "t/solihull/finance");
        Anchor link = (Anchor) GridKt._getCellComponent(
                _get(PublishedFinanceView.class, spec -> {})
                        .getChildren()
                        .filter(Grid.class::isInstance)
                        .map(Grid.class::cast)
                        .findFirst()
                        .orElseThrow(),
                0,
                "title");
        assertThat(link.getHref()).startsWith("/t/solihull/finance/");
        signInAndOpen("solihull.parent", "t/solihull/finance/forecasts/" + forecast.id());
        assertThat(_find(HighNeedsForecastDetailsView.class)).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Add a line"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Choose the delivery plan")))
                .isEmpty();
        assertThat(pageText()).contains("Published to parent carers and schools");
    }

    @Test
    void aWithdrawnTableIsRefusedAgainAndTheHistorySaysWhoWithdrewIt() {
        HighNeedsForecastDetails forecast = forecastOf("solihull.finance");
        signedIn.as("solihull.admin");
        publishing.publish(forecast.id());
        signedIn.as("solihull.school");
        assertThat(forecasts.find(forecast.id())).isPresent();
        signedIn.as("solihull.finance");
        publishing.withdraw(forecast.id());
        assertThat(forecasts.history(forecast.id()))
                .extracting(FinanceChangeRecord::summary)
                .contains("Published to parent carers and schools", "Withdrawn from parent carers and schools");
        signedIn.as("solihull.school");
        assertThatThrownBy(() -> forecasts.find(forecast.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPublishedSavingsTableIsReadOnlyForASchoolEditor() {
        signedIn.as("solihull.finance");
        SavingsTargetDetails table = savings.create(new SavingsTargetDraft(
                "Published savings", FinancialYear.parse("2021/22"), MoneyUnit.POUNDS, BigDecimal.TEN));
        publishing.publish(table.id());
        signedIn.as("solihull.school");
        assertThatThrownBy(() -> savings.saveLines(table.id(), table.version(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
        signInAndOpen("solihull.school", "t/solihull/finance/savings/" + table.id());
        assertThat(pageText()).contains("Published savings");
        assertThat(_find(Button.class, spec -> spec.withText("Add a service"))).isEmpty();
    }

    @Test
    void onlyTenantAdministratorsAndFinanceOfficersPublishAndOnlyTheirOwnAuthoritysTables() {
        HighNeedsForecastDetails forecast = forecastOf("solihull.finance");
        for (String other : List.of("solihull.board", "solihull.officer", "solihull.parent")) {
            signedIn.as(other);
            assertThatThrownBy(() -> publishing.publish(forecast.id())).isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as("kingston.finance");
        assertThatThrownBy(() -> publishing.publish(forecast.id())).hasMessage("That finance table no longer exists");
        signInAndOpen("solihull.board", "t/solihull/finance/publishing");
        assertThat(_find(FinancePublishingView.class)).isEmpty();
    }

    private HighNeedsForecastDetails forecastOf(String username) {
        signedIn.as(username);
        HighNeedsForecastDetails created = forecasts.create(ForecastFixture.DRAFT);
        HighNeedsForecastDetails saved = forecasts.saveLines(created.id(), created.version(), ForecastFixture.LINES);
        signedIn.out();
        return saved;
    }

    private static int rowOf(Grid<?> grid, String title) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._getFormatted(grid, i, "title").equals(title)) {
                return i;
            }
        }
        throw new AssertionError("No row " + title);
    }

    private static List<String> navigation() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}

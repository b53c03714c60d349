package org.sendplan.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.MoneyUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The forecast and savings services: what they save, what they refuse, and who may use them. */
@PortalTest
class ForecastAndSavingsServiceTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    HighNeedsForecastService forecasts;

    @Autowired
    SavingsTargetService savings;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void aSavedForecastComputesTheSameTotalsAsItsLines() {
        signedIn.as("kingston.finance");
        HighNeedsForecastDetails created = forecasts.create(ForecastFixture.DRAFT);
        HighNeedsForecastDetails saved = forecasts.saveLines(created.id(), created.version(), ForecastFixture.LINES);
        HighNeedsForecastDetails reread = forecasts.find(saved.id()).orElseThrow();
        assertThat(reread.lines()).isEqualTo(ForecastFixture.LINES);
        assertThat(reread.totals(ForecastScenario.AS_IS).cumulativeDeficit())
                .isEqualTo(ForecastFixture.amounts("4786", "9972", "14772", "19072", "23472"));
        assertThat(forecasts.history(saved.id()))
                .extracting(FinanceChangeRecord::summary)
                .contains("Saved 5 lines");
    }

    @Test
    void positiveFundingIsRefusedWithTheFigureToEnterInstead() {
        signedIn.as("kingston.finance");
        HighNeedsForecastDetails created = forecasts.create(ForecastFixture.DRAFT);
        List<ForecastLineDraft> lines =
                List.of(ForecastFixture.line(ForecastLineKind.FUNDING, "High Needs Block allocation", "19000"));
        assertThatThrownBy(() -> forecasts.saveLines(created.id(), created.version(), lines))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "'High Needs Block allocation' is funding, which the forecast shows as a negative, as the papers do: "
                                + "enter -£19,000,000 for 2018/19, not £19,000,000");
        assertThat(forecasts.find(created.id()).orElseThrow().lines()).isEmpty();
    }

    @Test
    void aNewForecastVersionLeavesTheEarlierOneAsItWas() {
        signedIn.as("kingston.finance");
        HighNeedsForecastDetails created = forecasts.create(ForecastFixture.DRAFT);
        HighNeedsForecastDetails budget = forecasts.saveLines(created.id(), created.version(), ForecastFixture.LINES);
        HighNeedsForecastDetails q2 = forecasts.copyAsNewVersion(budget.id(), "Q2 monitoring");
        forecasts.saveLines(q2.id(), q2.version(), ForecastFixture.LINES.subList(0, 2));
        assertThat(forecasts.find(budget.id()).orElseThrow().lines()).hasSize(5);
        assertThat(forecasts.find(q2.id()).orElseThrow().draft().versionLabel()).isEqualTo("Q2 monitoring");
    }

    @Test
    void aStaleForecastEditIsRefused() {
        signedIn.as("kingston.finance");
        HighNeedsForecastDetails created = forecasts.create(ForecastFixture.DRAFT);
        forecasts.saveLines(created.id(), created.version(), ForecastFixture.LINES);
        assertThatThrownBy(() -> forecasts.saveLines(created.id(), created.version(), List.of()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void boardMembersReadForecastsButCannotChangeThem() {
        signedIn.as("kingston.finance");
        HighNeedsForecastDetails created = forecasts.create(ForecastFixture.DRAFT);
        signedIn.as("kingston.board");
        assertThat(forecasts.find(created.id())).isPresent();
        assertThatThrownBy(() -> forecasts.saveLines(created.id(), created.version(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherTenantsForecastIsNotFound() {
        signedIn.as("kingston.finance");
        HighNeedsForecastDetails kingstons = forecasts.create(ForecastFixture.DRAFT);
        signedIn.as("solihull.finance");
        assertThat(forecasts.find(kingstons.id())).isEmpty();
        assertThat(forecasts.forecasts())
                .extracting(HighNeedsForecastDetails::id)
                .doesNotContain(kingstons.id());
    }

    @Test
    void parentCarersSeeNoForecastsOrSavings() {
        signedIn.as("kingston.parent");
        assertThatThrownBy(() -> forecasts.forecasts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> savings.savingsTargets()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void savedServiceLinesGiveTheSavingsAndWhatRemainsOfTheTarget() {
        signedIn.as("warwickshire.finance");
        SavingsTargetDetails created = savings.create(new SavingsTargetDraft(
                "High Needs savings 2021/22",
                FinancialYear.parse("2021/22"),
                MoneyUnit.POUNDS,
                new BigDecimal("1000000")));
        SavingsTargetDetails saved = savings.saveLines(created.id(), created.version(), SavingsTargetTotalsTests.LINES);
        assertThat(saved.totalSavings()).isEqualByComparingTo("599500");
        assertThat(saved.remainingTarget()).isEqualByComparingTo("400500");
    }

    @Test
    void aServiceListedTwiceIsRefusedAndNothingIsSaved() {
        signedIn.as("warwickshire.finance");
        SavingsTargetDetails created = savings.create(
                new SavingsTargetDraft("Duplicates", FinancialYear.parse("2021/22"), MoneyUnit.POUNDS, BigDecimal.TEN));
        ServiceBudgetLineDraft transport = new ServiceBudgetLineDraft("Transport", BigDecimal.TEN, BigDecimal.ONE);
        assertThatThrownBy(() -> savings.saveLines(created.id(), created.version(), List.of(transport, transport)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Each service may appear only once");
        assertThat(savings.find(created.id()).orElseThrow().lines()).isEmpty();
    }
}

package org.sendplan.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.common.TableFile;

/** Reading tables in, checking their printed totals, and exporting them so they read back the same. */
class ImportTests {

    static final String FORECAST_WITH_WRONG_SHORTFALL = """
            High Needs forecast, February
            Line\tKind\t2018/19\t2019/20\t2020/21\t2021/22\t2022/23
            Place and top-up funding for direct provision\tExpenditure\t20,000\t22,500\t24,000\t25,500\t27,000
            LA DSG-funded services\tExpenditure\t3,000\t3,100\t3,200\t3,300\t3,400
            Total expenditure\t\t23,000\t25,600\t27,200\t28,800\t30,400
            High Needs Block allocation\tFunding\t(19,000)\t(20,000)\t(21,900)\t(23,500)\t(25,000)
            Additional DfE funding\tFunding\t(414)\t(414)\t\t\t
            LA contribution to the deficit\tLA contribution\t\t\t(500)\t(1,000)\t(1,000)
            Shortfall in funding\t\t3,586\t5,186\t5,300\t5,300\t5,500
            """;

    private static final HighNeedsForecastDetails EMPTY_FORECAST =
            new HighNeedsForecastDetails(UUID.randomUUID(), ForecastFixture.DRAFT, List.of(), null, null, 0);

    @Test
    void aForecastTableIsReadInTheTablesUnitWithBracketsAsNegatives() {
        ImportPreview<ForecastLineDraft> preview =
                ForecastImport.read(TableFile.readText(FORECAST_WITH_WRONG_SHORTFALL), EMPTY_FORECAST);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).isEqualTo(ForecastFixture.LINES);
    }

    @Test
    void aWrongPrintedTotalIsReportedWithItsRowYearAndBothFigures() {
        ImportPreview<ForecastLineDraft> preview =
                ForecastImport.read(TableFile.readText(FORECAST_WITH_WRONG_SHORTFALL), EMPTY_FORECAST);
        assertThat(preview.printedTotalsChecked()).isEqualTo(2);
        assertThat(preview.disagreements())
                .containsExactly(new Disagreement(
                        9,
                        "Shortfall in funding",
                        "2022/23",
                        new BigDecimal("5500000.00"),
                        new BigDecimal("5400000.00")));
    }

    @Test
    void everyUnreadableFigureIsListedNotJustTheFirst() {
        String table =
                "Line,Kind,2018/19,2019/20\nTop-ups,Expenditure,12x,\nTransport,Spending,1,2\nHNB,Funding,-1,oops\n";
        ImportPreview<ForecastLineDraft> preview = ForecastImport.read(TableFile.readText(table), EMPTY_FORECAST);
        assertThat(preview.problems())
                .containsExactly(
                        "Row 2, 2018/19: '12x' is not an amount of money like 1,234.50",
                        "Row 3: 'Spending' is not a kind of line; use Expenditure, Funding, LA contribution or Savings from the plan",
                        "Row 4, 2019/20: 'oops' is not an amount of money like 1,234.50");
        assertThat(preview.importable()).isFalse();
    }

    @Test
    void aTableWithoutTheExpectedHeadingIsRefusedWithTheLayout() {
        assertThatThrownBy(() -> ForecastImport.read(TableFile.readText("Name,2018/19\nTop-ups,1\n"), EMPTY_FORECAST))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("first column is 'line'");
    }

    @Test
    void aProposalTableMayCallItsItemsPostsAndSaysWhichRowsItCannotRead() {
        ResourceProposalDetails proposal = new ResourceProposalDetails(
                UUID.randomUUID(),
                1,
                null,
                SolihullAppendix.PROPOSAL,
                ProposalStatus.DRAFT,
                List.of(),
                null,
                null,
                null,
                0);
        String table =
                "Post,Category,Source,Duration,2021/22,2022/23\nEHCP Co-ordinator,Demand pressure,Council,Ongoing,30k,45k\n"
                        + "Psychologist,Demand pressure,Schools,Ongoing,,70k\nAnalyst,Improvement capacity,Council,For a while,1,1\n";
        ImportPreview<ProposalItemDraft> preview = ProposalImport.read(TableFile.readText(table), proposal);
        assertThat(preview.lines()).extracting(ProposalItemDraft::name).containsExactly("EHCP Co-ordinator");
        assertThat(preview.problems())
                .containsExactly(
                        "Row 3: 'Schools' is not a funding source; use DSG or Council",
                        "Row 4: 'For a while' is not a duration; write 'Ongoing' or 'One-off for 2 years'");
    }

    @Test
    void aPrintedSavingThatIsNotLastYearLessThisYearIsFlagged() {
        SavingsTargetDetails table = new SavingsTargetDetails(
                UUID.randomUUID(),
                new SavingsTargetDraft("S", FinancialYear.parse("2021/22"), MoneyUnit.POUNDS, new BigDecimal("1000")),
                List.of(),
                null,
                null,
                0);
        String csv =
                "Service,Last year's budget,This year's budget,Saving\nTransport,\"2,500\",\"2,000\",600\nInclusion,400,450,(50)\nTotal,\"2,900\",\"2,450\",450\n";
        ImportPreview<ServiceBudgetLineDraft> preview = SavingsImport.read(TableFile.readText(csv), table);
        assertThat(preview.lines()).hasSize(2);
        assertThat(preview.disagreements())
                .containsExactly(
                        new Disagreement(2, "Transport", "Saving", new BigDecimal("600.00"), new BigDecimal("500.00")));
    }

    @Test
    void theSolihullAppendixPastedWithItsPrintedTotalsAgreesToThePound() {
        SolihullAppendix paper = SolihullAppendix.read();
        ResourceProposalDetails proposal = new ResourceProposalDetails(
                UUID.randomUUID(),
                1,
                null,
                SolihullAppendix.PROPOSAL,
                ProposalStatus.DRAFT,
                List.of(),
                null,
                null,
                null,
                0);
        ImportPreview<ProposalItemDraft> preview =
                ProposalImport.read(TableFile.readText(paper.asImportTable(true)), proposal);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).isEqualTo(paper.items());
        assertThat(preview.printedTotalsChecked()).isEqualTo(3);
        assertThat(preview.disagreements()).isEmpty();
    }

    @Test
    void anExportedForecastReadsBackAsTheSameLinesFromCsvAndXlsx() {
        HighNeedsForecastDetails forecast = new HighNeedsForecastDetails(
                UUID.randomUUID(), ForecastFixture.DRAFT, ForecastFixture.LINES, null, null, 0);
        ExportTable export = FinanceExports.forecast(forecast, ForecastScenario.AS_IS);
        for (List<List<String>> rows :
                List.of(TableFile.read("f.csv", export.csv()), TableFile.read("f.xlsx", export.xlsx()))) {
            ImportPreview<ForecastLineDraft> preview = ForecastImport.read(rows, forecast);
            assertThat(preview.problems()).isEmpty();
            assertThat(preview.lines()).isEqualTo(ForecastFixture.LINES);
            assertThat(preview.printedTotalsChecked()).isEqualTo(5);
            assertThat(preview.disagreements()).isEmpty();
        }
    }

    @Test
    void anExportedProposalCarriesTheComputedTotalsInPoundsAndPence() {
        SolihullAppendix paper = SolihullAppendix.read();
        List<ProposalItem> items = paper.items().stream()
                .map(item -> new ProposalItem(UUID.randomUUID(), item))
                .toList();
        ResourceProposalDetails proposal = new ResourceProposalDetails(
                UUID.randomUUID(),
                1,
                null,
                SolihullAppendix.PROPOSAL,
                ProposalStatus.DRAFT,
                items,
                null,
                null,
                null,
                0);
        String csv = new String(FinanceExports.proposal(proposal).csv(), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("Total Council,,,,219000.00,398000.00,559000.00,528000.00")
                .contains("Total DSG,,,,67000.00,100000.00,100000.00,100000.00");
        ImportPreview<ProposalItemDraft> back = ProposalImport.read(
                TableFile.read("p.xlsx", FinanceExports.proposal(proposal).xlsx()), proposal);
        assertThat(back.lines()).isEqualTo(paper.items());
        assertThat(back.disagreements()).isEmpty();
    }
}

package org.sendplan.portal.finance;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.MoneyUnit;

/**
 * Appendix 1 of Solihull's June 2021 cabinet report (seed 003), read from the seed file itself so the
 * test checks the paper's own figures: the items, the printed totals and the reserve sentence.
 */
record SolihullAppendix(
        List<ProposalItemDraft> items,
        Map<FundingSource, YearlyAmounts> printedTotals,
        BigDecimal printedReserveTotal,
        BigDecimal printedOngoing) {

    static final Path SEED = Path.of("../shared/seeds/003_4b0748bd6c0eccfb.txt");
    static final FinancialYear FIRST_YEAR = FinancialYear.parse("2021/22");
    static final ProposalDraft PROPOSAL = new ProposalDraft(
            "SEND resource proposals (Appendix 1)",
            "Resources to deliver the SEND improvement programme",
            MoneyUnit.THOUSANDS,
            FIRST_YEAR,
            4);

    static SolihullAppendix read() {
        String text;
        try {
            text = Files.readString(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The Solihull seed is missing at " + SEED.toAbsolutePath(), e);
        }
        List<String> lines = text.lines().toList();
        int start = lines.indexOf("Appendix 1 – SEND Resource Proposals");
        List<ProposalItemDraft> items = new ArrayList<>();
        Map<FundingSource, YearlyAmounts> totals = new LinkedHashMap<>();
        ProposalCategory category = null;
        FundingSource source = null;
        for (String line : lines.subList(start + 4, lines.size())) {
            String[] cells = line.split("\t", -1);
            String label = cells[0].replace("•", "").trim();
            // The text extraction moved the total labels down a row: the figures on "TOTALS:" are the
            // DSG row and those on "DSG Funding" the council row, as the reserve sentence confirms.
            if (label.equals("TOTALS:")) {
                totals.put(FundingSource.DSG, figures(cells));
            } else if (label.equals("DSG Funding")) {
                totals.put(FundingSource.COUNCIL, figures(cells));
            } else if (label.equals("Council Funding")) {
                break;
            } else if (figures(cells).byYear().isEmpty() && !line.contains("Fully Funded")) {
                category = categoryOf(label);
                source = label.contains("DSG") ? FundingSource.DSG : FundingSource.COUNCIL;
            } else {
                ItemDuration duration = label.contains("Two year") ? ItemDuration.oneOff(2) : ItemDuration.ONGOING;
                items.add(new ProposalItemDraft(label, category, source, duration, figures(cells), null, null));
            }
        }
        return new SolihullAppendix(
                items,
                totals,
                amountAfter(text, "= \\*\\*£([\\d.]+) million"),
                amountAfter(text, "A further £(\\d+)k per annum").movePointLeft(3));
    }

    private static YearlyAmounts figures(String[] cells) {
        Map<FinancialYear, BigDecimal> byYear = new LinkedHashMap<>();
        for (int i = 1; i < cells.length && i <= 4; i++) {
            String cell = cells[i].trim();
            if (cell.matches("[\\d.,]+k?")) {
                byYear.put(FIRST_YEAR.plusYears(i - 1), Money.parse(cell, MoneyUnit.THOUSANDS));
            }
        }
        return YearlyAmounts.of(byYear);
    }

    private static ProposalCategory categoryOf(String heading) {
        if (heading.startsWith("Cost avoidance")) {
            return ProposalCategory.COST_AVOIDANCE;
        }
        if (heading.startsWith("SEND Improvement capacity")) {
            return ProposalCategory.IMPROVEMENT_CAPACITY;
        }
        if (heading.startsWith("Demand Pressure")) {
            return ProposalCategory.DEMAND_PRESSURE;
        }
        if (heading.startsWith("Previous resource allocation")) {
            return ProposalCategory.EARLIER_ALLOCATION_CONTINUED;
        }
        throw new IllegalStateException("Unexpected heading in the appendix: " + heading);
    }

    private static BigDecimal amountAfter(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("The seed no longer says " + pattern);
        }
        return Money.parse(m.group(1), MoneyUnit.MILLIONS);
    }

    /**
     * The appendix laid out as a finance officer would paste it from a spreadsheet: one row per item
     * with its category, source and duration, in £000s, optionally followed by the paper's printed totals.
     */
    String asImportTable(boolean withPrintedTotals) {
        StringBuilder table =
                new StringBuilder("Item\tCategory\tSource\tDuration\t2021/22 (£000s)\t2022/23\t2023/24\t2024/25\n");
        for (ProposalItemDraft item : items) {
            table.append(item.name())
                    .append('\t')
                    .append(item.category().label())
                    .append('\t')
                    .append(item.source().label())
                    .append('\t')
                    .append(item.duration().label())
                    .append(cells(item.costs()))
                    .append('\n');
        }
        if (withPrintedTotals) {
            printedTotals.forEach((source, amounts) -> table.append("Total ")
                    .append(source.label())
                    .append("\t\t\t")
                    .append(cells(amounts))
                    .append('\n'));
            table.append("Total\t\t\t")
                    .append(cells(printedTotals.get(FundingSource.DSG).plus(printedTotals.get(FundingSource.COUNCIL))))
                    .append('\n');
        }
        return table.toString();
    }

    private static String cells(YearlyAmounts amounts) {
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            FinancialYear year = FIRST_YEAR.plusYears(i);
            cells.append('\t')
                    .append(
                            amounts.hasFigureIn(year)
                                    ? amounts.in(year)
                                                    .movePointLeft(3)
                                                    .stripTrailingZeros()
                                                    .toPlainString() + "k"
                                    : "");
        }
        return cells.toString();
    }
}

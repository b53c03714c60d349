package org.sendplan.portal.finance.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sendplan.portal.finance.ForecastImport;
import org.sendplan.portal.finance.ForecastLineDraft;
import org.sendplan.portal.finance.HighNeedsForecastDetails;
import org.sendplan.portal.finance.HighNeedsForecastService;
import org.sendplan.portal.finance.ImportPreview;
import org.sendplan.portal.finance.ProposalImport;
import org.sendplan.portal.finance.ProposalItemDraft;
import org.sendplan.portal.finance.ResourceProposalDetails;
import org.sendplan.portal.finance.ResourceProposalService;
import org.sendplan.portal.finance.SavingsImport;
import org.sendplan.portal.finance.SavingsTargetDetails;
import org.sendplan.portal.finance.SavingsTargetService;
import org.sendplan.portal.finance.ServiceBudgetLineDraft;

/** What importing into one table means: the layout it expects, how to preview a file, and how to save its lines. */
record FinanceImport<L>(String layout, Function<List<List<String>>, ImportPreview<L>> preview, Consumer<List<L>> save) {

    static FinanceImport<ProposalItemDraft> forProposal(
            ResourceProposalService proposals, ResourceProposalDetails proposal) {
        return new FinanceImport<>(
                "Columns: Item, Category, Source (DSG or Council), Duration (Ongoing, or One-off for 2 years), one column per "
                        + "financial year headed like 2021/22, then Note and Expected saving if you have them. Figures are read in "
                        + proposal.unit().label() + " unless a heading says otherwise.",
                rows -> ProposalImport.read(rows, proposal),
                items -> proposals.saveItems(proposal.id(), proposal.version(), items));
    }

    static FinanceImport<ForecastLineDraft> forForecast(
            HighNeedsForecastService forecasts, HighNeedsForecastDetails forecast) {
        return new FinanceImport<>(
                "Columns: Line, Kind (Expenditure, Funding, LA contribution or Savings from the plan), one column per "
                        + "financial year headed like 2021/22. Funding and contributions are negative. Figures are read in "
                        + forecast.draft().unit().label() + " unless a heading says otherwise.",
                rows -> ForecastImport.read(rows, forecast),
                lines -> forecasts.saveLines(forecast.id(), forecast.version(), lines));
    }

    static FinanceImport<ServiceBudgetLineDraft> forSavings(SavingsTargetService savings, SavingsTargetDetails table) {
        return new FinanceImport<>(
                "Columns: Service, Last year's budget, This year's budget, and Saving if the file prints it. Figures are read in "
                        + table.draft().unit().label() + " unless a heading says otherwise.",
                rows -> SavingsImport.read(rows, table),
                lines -> savings.saveLines(table.id(), table.version(), lines));
    }
}

package org.sendplan.portal.finance.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.finance.FundingSource;
import org.sendplan.portal.finance.ProposalItem;
import org.sendplan.portal.finance.ResourceProposalDetails;
import org.sendplan.portal.finance.ResourceProposalTotals;

/**
 * The sums a board paper quotes: what is asked of a reserve over a period, the ongoing cost from a
 * year on, and the savings and payback of invest-to-save items. The person picks the period and year.
 */
class ProposalTotalsPanel extends Div {

    private final ResourceProposalDetails proposal;
    private final ComboBox<FundingSource> source = new ComboBox<>("Totals for");
    private final ComboBox<FinancialYear> from = new ComboBox<>("Reserve period from");
    private final ComboBox<FinancialYear> to = new ComboBox<>("to");
    private final ComboBox<FinancialYear> ongoingYear = new ComboBox<>("Ongoing from");
    private final Paragraph reserve = new Paragraph();
    private final Paragraph ongoing = new Paragraph();

    ProposalTotalsPanel(ResourceProposalDetails proposal) {
        this.proposal = proposal;
        List<FinancialYear> years = proposal.years();
        source.setItems(FundingSource.values());
        source.setItemLabelGenerator(FundingSource::label);
        source.setValue(FundingSource.COUNCIL);
        from.setItems(years);
        to.setItems(years);
        ongoingYear.setItems(years);
        from.setValue(years.getFirst());
        // Papers ask a reserve for the years before the ongoing funding starts, so the period stops a year short.
        to.setValue(years.size() > 1 ? years.get(years.size() - 2) : years.getFirst());
        ongoingYear.setValue(years.getLast());
        List.of(source, from, to, ongoingYear).forEach(field -> field.addValueChangeListener(e -> refresh()));
        reserve.setId("reserve-total");
        ongoing.setId("ongoing-total");
        add(new HorizontalLayout(source, from, to, ongoingYear), reserve, ongoing);
        addSavings();
        refresh();
    }

    private void refresh() {
        if (source.getValue() == null
                || from.getValue() == null
                || to.getValue() == null
                || ongoingYear.getValue() == null) {
            return;
        }
        ResourceProposalTotals totals = proposal.totals();
        if (from.getValue().compareTo(to.getValue()) > 0) {
            reserve.setText("Choose a period that ends no earlier than it starts.");
        } else {
            BigDecimal asked = totals.askedOver(source.getValue(), from.getValue(), to.getValue());
            reserve.setText("Asked of " + source.getValue().label() + " funding from " + from.getValue() + " to "
                    + to.getValue() + ": " + Money.format(asked, proposal.unit()) + " (" + Money.format(asked) + ")");
        }
        BigDecimal recurring = totals.ongoingFrom(source.getValue(), ongoingYear.getValue());
        ongoing.setText("Ongoing " + source.getValue().label() + " funding from " + ongoingYear.getValue() + ": "
                + Money.format(recurring, proposal.unit()) + " a year (" + Money.format(recurring) + ")");
    }

    private void addSavings() {
        List<ProposalItem> investToSave = proposal.items().stream()
                .filter(item -> item.details().expectedAnnualSaving() != null)
                .toList();
        if (investToSave.isEmpty()) {
            return;
        }
        String paybacks = investToSave.stream()
                .map(item -> item.name() + " pays back in "
                        + item.paybackYears(proposal.years())
                                .map(y -> y.toPlainString() + " years")
                                .orElse("no time, as it saves nothing"))
                .collect(Collectors.joining("; "));
        add(new Paragraph("Invest to save: expected savings of "
                + Money.format(proposal.totals().expectedAnnualSavings(), proposal.unit()) + " a year. " + paybacks
                + "."));
    }
}

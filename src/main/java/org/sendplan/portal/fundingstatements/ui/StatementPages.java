package org.sendplan.portal.fundingstatements.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.math.BigDecimal;
import java.util.Locale;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.Money;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.fundingstatements.SenFundingDraft;
import org.sendplan.portal.fundingstatements.SpendCategory;
import org.sendplan.portal.fundingstatements.StatementDetails;

/** Addresses and the figures table the statement screens and the public page share. */
final class StatementPages {

    private StatementPages() {}

    /** "2024-25": a financial year as it sits in an address, where a slash cannot. */
    static String yearInAddress(FinancialYear year) {
        return year.toString().replace('/', '-');
    }

    static String statementAddress(String tenantSlug, String urn, FinancialYear year) {
        return TenantAddress.route(tenantSlug, "sen-funding", urn, yearInAddress(year));
    }

    static String publicAddress(String tenantSlug, String urn) {
        return "public/" + tenantSlug + "/schools/" + urn + "/sen-funding";
    }

    /** "£1,500 under budget", "£200 over budget" or "Exactly on budget": the sign in words. */
    static String difference(BigDecimal difference) {
        return switch (difference.signum()) {
            case 0 -> "Exactly on budget";
            case 1 -> Money.format(difference) + " under budget";
            default -> Money.format(difference.negate()) + " over budget";
        };
    }

    /** The state of a statement in one line of words. */
    static String describe(StatementDetails statement) {
        String state = statement.status().label() + (statement.published() ? ", published" : ", not published");
        return state + ". Last changed by " + statement.lastChangedBy() + " on "
                + DisplayFormats.DAY_AND_TIME.format(statement.lastChangedAt()) + ".";
    }

    /** A real table with a caption and row headers, so screen readers announce each figure with its line. */
    static NativeTable figures(String caption, SenFundingDraft figures) {
        NativeTable table = new NativeTable();
        table.addClassName("statement-figures");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Line");
        head.addHeaderCell().setText("Amount");
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        row(table, "Notional SEN budget", Money.format(figures.notionalBudget()));
        for (SpendCategory category : SpendCategory.values()) {
            row(
                    table,
                    "Spent on " + category.label().toLowerCase(Locale.UK).replace("senco", "SENCO"),
                    Money.format(figures.spentOn(category)));
        }
        row(table, "Total spent (computed)", Money.format(figures.totalSpent()));
        row(table, "Difference from the budget (computed)", difference(figures.difference()));
        return table;
    }

    private static void row(NativeTable table, String line, String amount) {
        NativeTableRow row = table.getBody().addRow();
        row.addHeaderCell().setText(line);
        row.getHeaderCells().getFirst().getElement().setAttribute("scope", "row");
        row.addDataCell().setText(amount);
    }
}

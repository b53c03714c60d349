package org.sendplan.portal.finance.ui;

import org.sendplan.portal.finance.YearlyAmounts;

/**
 * A row of a finance table on screen: a line someone entered (with its position, so it can be
 * changed) or a computed total (position -1), which nobody types.
 */
record FigureRow(String label, String detail, YearlyAmounts amounts, int position) {

    static FigureRow line(int position, String label, String detail, YearlyAmounts amounts) {
        return new FigureRow(label, detail, amounts, position);
    }

    static FigureRow total(String label, YearlyAmounts amounts) {
        return new FigureRow(label, "", amounts, -1);
    }

    boolean computed() {
        return position < 0;
    }
}

package org.sendplan.portal.finance.ui;

import java.math.BigDecimal;

/** A row of the savings table on screen: a service line (with its position) or a computed total (position -1). */
record SavingsRow(String label, BigDecimal lastYear, BigDecimal thisYear, BigDecimal saving, int position) {

    boolean computed() {
        return position < 0;
    }
}

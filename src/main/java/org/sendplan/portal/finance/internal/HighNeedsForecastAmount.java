package org.sendplan.portal.finance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One forecast line's figure in one financial year. */
@Entity
@Table(name = "high_needs_forecast_amount")
class HighNeedsForecastAmount extends YearAmount {

    protected HighNeedsForecastAmount() {}

    HighNeedsForecastAmount(int financialYear, BigDecimal amount) {
        super(financialYear, amount);
    }
}

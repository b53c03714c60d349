package org.sendplan.portal.finance.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.finance.ForecastLineDraft;
import org.sendplan.portal.finance.ForecastLineKind;
import org.sendplan.portal.finance.YearlyAmounts;

/** One line of a High Needs forecast. */
@Entity
@Table(name = "high_needs_forecast_line")
class HighNeedsForecastLine {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private int position;

    @Enumerated(EnumType.STRING)
    private ForecastLineKind kind;

    private String name;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "line_id", nullable = false, updatable = false)
    @OrderBy("financialYear")
    private List<HighNeedsForecastAmount> amounts = new ArrayList<>();

    protected HighNeedsForecastLine() {}

    HighNeedsForecastLine(int position, ForecastLineDraft draft) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.kind = draft.kind();
        this.name = draft.name().trim();
        draft.amounts()
                .byYear()
                .forEach((year, amount) -> amounts.add(new HighNeedsForecastAmount(year.startYear(), amount)));
    }

    ForecastLineDraft toDraft() {
        TreeMap<FinancialYear, BigDecimal> byYear = new TreeMap<>();
        amounts.forEach(amount -> byYear.put(new FinancialYear(amount.financialYear()), amount.amount()));
        return new ForecastLineDraft(kind, name, new YearlyAmounts(byYear));
    }
}

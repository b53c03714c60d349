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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.finance.ForecastDraft;
import org.sendplan.portal.finance.ForecastLineDraft;
import org.sendplan.portal.finance.HighNeedsForecastDetails;

/** One version of a council's multi-year High Needs forecast. */
@Entity
@Table(name = "high_needs_forecast")
public class HighNeedsForecast {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private String title;

    @Column(name = "version_label")
    private String versionLabel;

    @Enumerated(EnumType.STRING)
    private MoneyUnit unit;

    @Column(name = "first_year")
    private int firstYear;

    @Column(name = "number_of_years")
    private int numberOfYears;

    @Column(name = "opening_deficit")
    private BigDecimal openingDeficit;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "last_changed_by")
    private String lastChangedBy;

    @Column(name = "last_changed_at")
    private Instant lastChangedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "forecast_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<HighNeedsForecastLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected HighNeedsForecast() {}

    public HighNeedsForecast(ForecastDraft draft, String by) {
        this.id = UUID.randomUUID();
        apply(draft, by);
    }

    public void apply(ForecastDraft draft, String by) {
        this.title = draft.title().trim();
        this.versionLabel = draft.versionLabel().trim();
        this.unit = draft.unit();
        this.firstYear = draft.firstYear().startYear();
        this.numberOfYears = draft.numberOfYears();
        this.openingDeficit = draft.openingDeficit();
        touched(by);
    }

    public void replaceLines(List<ForecastLineDraft> drafts, String by) {
        lines.clear();
        for (int i = 0; i < drafts.size(); i++) {
            lines.add(new HighNeedsForecastLine(i, drafts.get(i)));
        }
        touched(by);
    }

    /** Which delivery plan's savings the "with the plan" scenario reads; null for none. */
    public void readWithPlan(UUID planId, String by) {
        this.planId = planId;
        touched(by);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public HighNeedsForecastDetails toDetails() {
        ForecastDraft draft = new ForecastDraft(
                title, versionLabel, unit, new FinancialYear(firstYear), numberOfYears, openingDeficit);
        return new HighNeedsForecastDetails(
                id,
                draft,
                lines.stream().map(HighNeedsForecastLine::toDraft).toList(),
                lastChangedBy,
                lastChangedAt,
                version,
                planId,
                null,
                List.of());
    }

    // Changing only the lines does not dirty this row; stamping it makes @Version guard line edits too.
    private void touched(String by) {
        this.lastChangedBy = by;
        this.lastChangedAt = Instant.now();
    }
}

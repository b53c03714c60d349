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
import org.sendplan.portal.finance.SavingsTargetDetails;
import org.sendplan.portal.finance.SavingsTargetDraft;
import org.sendplan.portal.finance.ServiceBudgetLineDraft;

/** A year's savings target and the service budgets that meet it. */
@Entity
@Table(name = "savings_target")
public class SavingsTarget {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private String title;

    @Column(name = "financial_year")
    private int financialYear;

    @Enumerated(EnumType.STRING)
    private MoneyUnit unit;

    private BigDecimal target;

    @Column(name = "last_changed_by")
    private String lastChangedBy;

    @Column(name = "last_changed_at")
    private Instant lastChangedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "savings_target_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<ServiceBudgetLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected SavingsTarget() {}

    public SavingsTarget(SavingsTargetDraft draft, String by) {
        this.id = UUID.randomUUID();
        apply(draft, by);
    }

    public void apply(SavingsTargetDraft draft, String by) {
        this.title = draft.title().trim();
        this.financialYear = draft.financialYear().startYear();
        this.unit = draft.unit();
        this.target = draft.target();
        touched(by);
    }

    public void replaceLines(List<ServiceBudgetLineDraft> drafts, String by) {
        lines.clear();
        for (int i = 0; i < drafts.size(); i++) {
            lines.add(new ServiceBudgetLine(i, drafts.get(i)));
        }
        touched(by);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public SavingsTargetDetails toDetails() {
        SavingsTargetDraft draft = new SavingsTargetDraft(title, new FinancialYear(financialYear), unit, target);
        return new SavingsTargetDetails(
                id,
                draft,
                lines.stream().map(ServiceBudgetLine::toDraft).toList(),
                lastChangedBy,
                lastChangedAt,
                version);
    }

    // Changing only the lines does not dirty this row; stamping it makes @Version guard line edits too.
    private void touched(String by) {
        this.lastChangedBy = by;
        this.lastChangedAt = Instant.now();
    }
}

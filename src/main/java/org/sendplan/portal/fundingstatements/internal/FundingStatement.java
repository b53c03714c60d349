package org.sendplan.portal.fundingstatements.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.fundingstatements.SenFundingDraft;
import org.sendplan.portal.fundingstatements.StatementDetails;
import org.sendplan.portal.fundingstatements.StatementStatus;

/** A school's SEN notional funding statement for one financial year. */
@Entity
@Table(name = "sen_funding_statement")
public class FundingStatement {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;

    @Column(name = "financial_year", nullable = false, updatable = false)
    private int financialYear;

    @Column(name = "notional_budget")
    private BigDecimal notionalBudget;

    private BigDecimal staffing;

    @Column(name = "senco_time")
    private BigDecimal sencoTime;

    private BigDecimal interventions;
    private BigDecimal training;
    private BigDecimal resources;

    @Column(name = "bought_in_services")
    private BigDecimal boughtInServices;

    private String narrative;

    @Enumerated(EnumType.STRING)
    private StatementStatus status;

    private boolean published;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "last_changed_by")
    private String lastChangedBy;

    @Column(name = "last_changed_at")
    private Instant lastChangedAt;

    @Version
    private long version;

    protected FundingStatement() {}

    public FundingStatement(UUID schoolId, FinancialYear year) {
        this.id = UUID.randomUUID();
        this.schoolId = schoolId;
        this.financialYear = year.startYear();
        this.status = StatementStatus.DRAFT;
    }

    public void apply(SenFundingDraft draft, String by) {
        this.notionalBudget = draft.notionalBudget();
        this.staffing = draft.staffing();
        this.sencoTime = draft.sencoTime();
        this.interventions = draft.interventions();
        this.training = draft.training();
        this.resources = draft.resources();
        this.boughtInServices = draft.boughtInServices();
        this.narrative = draft.narrative() == null ? "" : draft.narrative().strip();
        touched(by);
    }

    public void submit(String by) {
        status = StatementStatus.SUBMITTED;
        submittedAt = Instant.now();
        touched(by);
    }

    /** Back to the school to change; a statement being changed is not left on the public page. */
    public void returnToDraft(String by) {
        status = StatementStatus.DRAFT;
        published = false;
        touched(by);
    }

    public void publish(boolean publish, String by) {
        published = publish;
        publishedAt = publish ? Instant.now() : null;
        touched(by);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public StatementStatus status() {
        return status;
    }

    public StatementDetails toDetails() {
        SenFundingDraft figures = new SenFundingDraft(
                notionalBudget, staffing, sencoTime, interventions, training, resources, boughtInServices, narrative);
        return new StatementDetails(
                id,
                schoolId,
                new FinancialYear(financialYear),
                figures,
                status,
                published,
                submittedAt,
                publishedAt,
                lastChangedBy,
                lastChangedAt,
                version);
    }

    private void touched(String by) {
        lastChangedBy = by;
        lastChangedAt = Instant.now();
    }
}

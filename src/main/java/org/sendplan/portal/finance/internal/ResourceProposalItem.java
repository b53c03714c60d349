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
import org.sendplan.portal.finance.FundingSource;
import org.sendplan.portal.finance.ItemDuration;
import org.sendplan.portal.finance.ProposalCategory;
import org.sendplan.portal.finance.ProposalItem;
import org.sendplan.portal.finance.ProposalItemDraft;
import org.sendplan.portal.finance.YearlyAmounts;

/** One line of a resource proposal, usually a post. */
@Entity
@Table(name = "resource_proposal_item")
class ResourceProposalItem {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private int position;
    private String name;

    @Enumerated(EnumType.STRING)
    private ProposalCategory category;

    @Enumerated(EnumType.STRING)
    private FundingSource source;

    @Column(name = "one_off_years")
    private Integer oneOffYears;

    private String note;

    @Column(name = "expected_annual_saving")
    private BigDecimal expectedAnnualSaving;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    @OrderBy("financialYear")
    private List<ResourceProposalCost> costs = new ArrayList<>();

    protected ResourceProposalItem() {}

    ResourceProposalItem(int position, ProposalItemDraft draft) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.name = draft.name().trim();
        this.category = draft.category();
        this.source = draft.source();
        this.oneOffYears = draft.duration().oneOffYears();
        this.note = draft.note() == null || draft.note().isBlank()
                ? null
                : draft.note().trim();
        this.expectedAnnualSaving = draft.expectedAnnualSaving();
        draft.costs().byYear().forEach((year, amount) -> costs.add(new ResourceProposalCost(year.startYear(), amount)));
    }

    int position() {
        return position;
    }

    ProposalItem toItem() {
        TreeMap<FinancialYear, BigDecimal> byYear = new TreeMap<>();
        costs.forEach(cost -> byYear.put(new FinancialYear(cost.financialYear()), cost.amount()));
        return new ProposalItem(
                id,
                new ProposalItemDraft(
                        name,
                        category,
                        source,
                        new ItemDuration(oneOffYears),
                        new YearlyAmounts(byYear),
                        note,
                        expectedAnnualSaving));
    }
}

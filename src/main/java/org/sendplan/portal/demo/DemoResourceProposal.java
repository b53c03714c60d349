package org.sendplan.portal.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.MoneyUnit;
import org.sendplan.portal.finance.FundingSource;
import org.sendplan.portal.finance.ItemDuration;
import org.sendplan.portal.finance.ProposalCategory;
import org.sendplan.portal.finance.ProposalDraft;
import org.sendplan.portal.finance.ProposalItemDraft;
import org.sendplan.portal.finance.ResourceProposalDetails;
import org.sendplan.portal.finance.ResourceProposalService;
import org.sendplan.portal.finance.YearlyAmounts;
import org.sendplan.portal.tenancy.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Solihull's June 2021 SEND resource proposals (Appendix 1 of the cabinet report), entered as a
 * finance officer would, so the demo shows the paper's totals coming out of its lines.
 */
@Component
class DemoResourceProposal {

    private static final FinancialYear FIRST = FinancialYear.parse("2021/22");

    private final ResourceProposalService proposals;

    DemoResourceProposal(ResourceProposalService proposals) {
        this.proposals = proposals;
    }

    /** Runs in the tenant's scope; briefly acts as a finance officer, since only they may draft proposals. */
    void seed() {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "demo-data", null, AuthorityUtils.createAuthorityList(Role.FINANCE_OFFICER.authority())));
        try {
            ResourceProposalDetails draft = proposals.create(new ProposalDraft(
                    "SEND resource proposals 2021/22 to 2023/24",
                    "Resources to deliver the SEND improvement programme and respond to demand (cabinet, 17 June 2021, appendix 1)",
                    MoneyUnit.THOUSANDS,
                    FIRST,
                    4));
            proposals.saveItems(draft.id(), draft.version(), items());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static List<ProposalItemDraft> items() {
        return List.of(
                item(
                        "Complex Case Senior EHCP Co-ordinator",
                        ProposalCategory.COST_AVOIDANCE,
                        FundingSource.DSG,
                        ItemDuration.ONGOING,
                        37,
                        55,
                        55,
                        55),
                item(
                        "Independent School EHCP Co-ordinator",
                        ProposalCategory.COST_AVOIDANCE,
                        FundingSource.DSG,
                        ItemDuration.ONGOING,
                        30,
                        45,
                        45,
                        45),
                item(
                        "SEND Deputy Service Manager",
                        ProposalCategory.IMPROVEMENT_CAPACITY,
                        FundingSource.COUNCIL,
                        ItemDuration.ONGOING,
                        45,
                        67,
                        67,
                        67),
                item(
                        "Statutory Quality Assurance and Improvement Officer",
                        ProposalCategory.IMPROVEMENT_CAPACITY,
                        FundingSource.COUNCIL,
                        ItemDuration.ONGOING,
                        23,
                        34,
                        34,
                        34),
                item(
                        "Finance/data Officer",
                        ProposalCategory.IMPROVEMENT_CAPACITY,
                        FundingSource.COUNCIL,
                        ItemDuration.oneOff(2),
                        31,
                        47,
                        16,
                        0),
                item(
                        "Disagreement Resolution Officer",
                        ProposalCategory.IMPROVEMENT_CAPACITY,
                        FundingSource.COUNCIL,
                        ItemDuration.oneOff(2),
                        30,
                        45,
                        15,
                        0),
                item(
                        "EHCP Co-ordinators x3",
                        ProposalCategory.DEMAND_PRESSURE,
                        FundingSource.COUNCIL,
                        ItemDuration.ONGOING,
                        90,
                        135,
                        135,
                        135),
                item(
                        "Educational Psychologist (from April 2022)",
                        ProposalCategory.DEMAND_PRESSURE,
                        FundingSource.COUNCIL,
                        ItemDuration.ONGOING,
                        0,
                        70,
                        70,
                        70),
                item(
                        "Specialist legal support",
                        ProposalCategory.EARLIER_ALLOCATION_CONTINUED,
                        FundingSource.COUNCIL,
                        ItemDuration.ONGOING,
                        null,
                        null,
                        71,
                        71),
                item(
                        "Head of Operations",
                        ProposalCategory.EARLIER_ALLOCATION_CONTINUED,
                        FundingSource.COUNCIL,
                        ItemDuration.ONGOING,
                        null,
                        null,
                        102,
                        102),
                item(
                        "Commissioning Officer",
                        ProposalCategory.EARLIER_ALLOCATION_CONTINUED,
                        FundingSource.COUNCIL,
                        ItemDuration.ONGOING,
                        null,
                        null,
                        49,
                        49));
    }

    /** Costs in £000s from 2021/22; null where the paper prints no figure. */
    private static ProposalItemDraft item(
            String name, ProposalCategory category, FundingSource source, ItemDuration duration, Integer... thousands) {
        Map<FinancialYear, BigDecimal> costs = new LinkedHashMap<>();
        for (int i = 0; i < thousands.length; i++) {
            if (thousands[i] != null) {
                costs.put(FIRST.plusYears(i), BigDecimal.valueOf(thousands[i] * 1000L));
            }
        }
        return new ProposalItemDraft(name, category, source, duration, YearlyAmounts.of(costs), null, null);
    }
}

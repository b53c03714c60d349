package org.sendplan.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.MoneyUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Resource proposals through the service: totals to the pound, the lifecycle and who may do what. */
@PortalTest
class ResourceProposalTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    ResourceProposalService proposals;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void theSolihullAppendixComesOutToThePound() {
        SolihullAppendix paper = SolihullAppendix.read();
        assertThat(paper.items()).hasSize(11);
        signedIn.as("solihull.finance");
        ResourceProposalDetails draft = proposals.create(SolihullAppendix.PROPOSAL);
        ResourceProposalTotals totals =
                proposals.saveItems(draft.id(), draft.version(), paper.items()).totals();

        for (FundingSource source : FundingSource.values()) {
            assertThat(totals.bySource(source))
                    .as(source.label())
                    .isEqualTo(paper.printedTotals().get(source));
        }
        FinancialYear first = FinancialYear.parse("2021/22");
        assertThat(totals.askedOver(FundingSource.COUNCIL, first, FinancialYear.parse("2023/24")))
                .isEqualByComparingTo(paper.printedReserveTotal())
                .isEqualByComparingTo("1176000");
        assertThat(totals.ongoingFrom(FundingSource.COUNCIL, FinancialYear.parse("2024/25")))
                .isEqualByComparingTo(paper.printedOngoing())
                .isEqualByComparingTo("528000");
        assertThat(totals.bySource(FundingSource.DSG).in(first)).isEqualByComparingTo("67000");
    }

    @Test
    void theSolihullDemoProposalShowsThePapersReserveTotal() {
        signedIn.as("solihull.board");
        ResourceProposalDetails demo = proposals.proposals().stream()
                .filter(p -> p.title().equals("SEND resource proposals 2021/22 to 2023/24"))
                .findFirst()
                .orElseThrow();
        assertThat(demo.totals()
                        .askedOver(
                                FundingSource.COUNCIL, FinancialYear.parse("2021/22"), FinancialYear.parse("2023/24")))
                .isEqualByComparingTo("1176000");
        assertThat(demo.totals().bySource(FundingSource.DSG))
                .isEqualTo(SolihullAppendix.read().printedTotals().get(FundingSource.DSG));
        assertThat(demo.totals().bySource(FundingSource.COUNCIL))
                .isEqualTo(SolihullAppendix.read().printedTotals().get(FundingSource.COUNCIL));
    }

    @Test
    void aDecidedProposalIsFrozenAndAChangeMakesANewVersion() {
        signedIn.as("solihull.finance");
        ResourceProposalDetails submitted = submittedProposal("Frozen once decided");
        signedIn.as("solihull.board");
        ResourceProposalDetails decided = proposals.decide(
                submitted.id(),
                submitted.version(),
                new BoardDecision(
                        ProposalStatus.APPROVED_WITH_CHANGES,
                        "Approved, posts to be reviewed in a year",
                        LocalDate.of(2021, 6, 17)));
        assertThat(decided.decision().recordedBy()).startsWith("Bea Board");

        signedIn.as("solihull.finance");
        assertThatThrownBy(() -> proposals.saveItems(decided.id(), decided.version(), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("start a new version");
        ResourceProposalDetails next = proposals.startNewVersion(decided.id());
        assertThat(next.versionNumber()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(next.items()).hasSize(1);
        assertThat(proposals.find(decided.id()).orElseThrow().status()).isEqualTo(ProposalStatus.APPROVED_WITH_CHANGES);
        assertThat(proposals.history(decided.id()))
                .extracting(FinanceChangeRecord::summary)
                .anyMatch(s -> s.startsWith("Board decision recorded: Approved with changes"));
    }

    @Test
    void onlyABoardMemberRecordsTheDecision() {
        signedIn.as("solihull.finance");
        ResourceProposalDetails submitted = submittedProposal("Decided by the board only");
        BoardDecision decision = new BoardDecision(ProposalStatus.APPROVED, "Approved", LocalDate.of(2021, 6, 17));
        assertThatThrownBy(() -> proposals.decide(submitted.id(), submitted.version(), decision))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theBoardCannotDecideADraft() {
        signedIn.as("solihull.finance");
        ResourceProposalDetails draft = proposals.create(proposalCalled("Still a draft"));
        signedIn.as("solihull.board");
        assertThatThrownBy(() -> proposals.decide(
                        draft.id(),
                        draft.version(),
                        new BoardDecision(ProposalStatus.REJECTED, "No", LocalDate.of(2021, 6, 17))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("only a proposal that has been submitted");
    }

    @Test
    void aStaleEditIsRefusedRatherThanOverwritingSomeoneElses() {
        signedIn.as("solihull.finance");
        ResourceProposalDetails draft = proposals.create(proposalCalled("Edited twice"));
        proposals.saveItems(draft.id(), draft.version(), List.of(post("First post", FundingSource.COUNCIL, "10000")));
        assertThatThrownBy(() -> proposals.saveItems(
                        draft.id(), draft.version(), List.of(post("Second post", FundingSource.COUNCIL, "1"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(proposals.find(draft.id()).orElseThrow().items())
                .extracting(ProposalItem::name)
                .containsExactly("First post");
    }

    @Test
    void oneBadItemSavesNoneOfTheItems() {
        signedIn.as("solihull.finance");
        ResourceProposalDetails draft = proposals.create(proposalCalled("All or nothing"));
        ProposalItemDraft outsideYears = new ProposalItemDraft(
                "Late post",
                ProposalCategory.DEMAND_PRESSURE,
                FundingSource.COUNCIL,
                ItemDuration.ONGOING,
                YearlyAmounts.of(Map.of(FinancialYear.parse("2030/31"), new BigDecimal("5"))),
                null,
                null);
        assertThatThrownBy(() -> proposals.saveItems(
                        draft.id(), draft.version(), List.of(post("Good post", FundingSource.DSG, "5"), outsideYears)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "'Late post' has a figure for 2030/31, which is outside this table's years 2021/22 to 2023/24");
        assertThat(proposals.find(draft.id()).orElseThrow().items()).isEmpty();
    }

    @Test
    void laOfficersReadButCannotDraft() {
        signedIn.as("solihull.officer");
        assertThat(proposals.proposals()).isNotNull();
        assertThatThrownBy(() -> proposals.create(proposalCalled("Not mine to draft")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void parentCarersAndSchoolsSeeNoProposals() {
        signedIn.as("solihull.parent");
        assertThatThrownBy(() -> proposals.proposals()).isInstanceOf(AccessDeniedException.class);
        signedIn.as("solihull.school");
        assertThatThrownBy(() -> proposals.proposals()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherTenantsProposalIsNeitherListedNorFound() {
        signedIn.as("solihull.finance");
        ResourceProposalDetails solihulls = proposals.create(proposalCalled("Solihull only"));
        signedIn.as("warwickshire.finance");
        assertThat(proposals.proposals())
                .extracting(ResourceProposalDetails::title)
                .doesNotContain("Solihull only");
        assertThat(proposals.find(solihulls.id())).isEmpty();
        assertThatThrownBy(() -> proposals.saveItems(solihulls.id(), solihulls.version(), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("That proposal no longer exists");
    }

    @Test
    void paybackOfAnInvestToSaveItemIsRoundedUpNeverEarly() {
        ProposalItemDraft details = new ProposalItemDraft(
                "Co-ordinator",
                ProposalCategory.COST_AVOIDANCE,
                FundingSource.DSG,
                ItemDuration.ONGOING,
                YearlyAmounts.of(Map.of(
                        FinancialYear.parse("2021/22"),
                        new BigDecimal("37000"),
                        FinancialYear.parse("2022/23"),
                        new BigDecimal("55000"))),
                null,
                new BigDecimal("30000"));
        ProposalItem item = new ProposalItem(null, details);
        assertThat(item.paybackYears(List.of(FinancialYear.parse("2021/22"), FinancialYear.parse("2022/23"))))
                .contains(new BigDecimal("3.1"));
        assertThat(new ResourceProposalTotals(List.of(item)).expectedAnnualSavings())
                .isEqualByComparingTo("30000");
    }

    private ResourceProposalDetails submittedProposal(String title) {
        ResourceProposalDetails draft = proposals.create(proposalCalled(title));
        ResourceProposalDetails withItem = proposals.saveItems(
                draft.id(), draft.version(), List.of(post("A post", FundingSource.COUNCIL, "45000")));
        return proposals.submit(withItem.id(), withItem.version());
    }

    static ProposalDraft proposalCalled(String title) {
        return new ProposalDraft(title, null, MoneyUnit.POUNDS, FinancialYear.parse("2021/22"), 3);
    }

    static ProposalItemDraft post(String name, FundingSource source, String cost) {
        return new ProposalItemDraft(
                name,
                ProposalCategory.IMPROVEMENT_CAPACITY,
                source,
                ItemDuration.ONGOING,
                YearlyAmounts.of(Map.of(FinancialYear.parse("2021/22"), new BigDecimal(cost))),
                null,
                null);
    }
}

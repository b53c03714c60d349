package org.sendplan.portal.fundingstatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.tenancy.OrganisationDetails;
import org.sendplan.portal.tenancy.OrganisationKind;
import org.sendplan.portal.tenancy.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class SenFundingServiceTests {

    static final String RIVERSIDE = "900101";
    static final String NUNEATON_FIELDS = "900102";

    @Autowired
    SenFundingService statements;

    @Autowired
    SignedIn signedIn;

    @Autowired
    OrganisationService organisations;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    static SenFundingDraft figures(String budget, String narrative) {
        return new SenFundingDraft(
                new BigDecimal(budget),
                new BigDecimal("1000.10"),
                new BigDecimal("2000"),
                new BigDecimal("300"),
                new BigDecimal("400"),
                new BigDecimal("500"),
                new BigDecimal("600"),
                narrative);
    }

    @Test
    void theTotalSpentAndTheDifferenceAreComputedToThePenny() {
        SenFundingDraft draft = figures("5000", "");
        assertThat(draft.totalSpent()).isEqualByComparingTo("4800.10");
        assertThat(draft.difference()).isEqualByComparingTo("199.90");
    }

    @Test
    void aSchoolEditorSavesSubmitsAndPublishesTheirOwnSchoolsStatementWithHistory() {
        signedIn.as("warwickshire.school");
        FinancialYear year = FinancialYear.parse("2022/23");
        StatementDetails draft = statements.save(RIVERSIDE, year, null, figures("5000", "What we did."));
        assertThat(draft.status()).isEqualTo(StatementStatus.DRAFT);
        StatementDetails submitted =
                statements.submit(RIVERSIDE, year, draft.version(), figures("5100", "What we did."));
        assertThat(submitted.status()).isEqualTo(StatementStatus.SUBMITTED);
        assertThat(submitted.figures().notionalBudget()).isEqualByComparingTo("5100");
        StatementDetails published = statements.publish(RIVERSIDE, year, submitted.version(), true);
        assertThat(published.published()).isTrue();
        assertThat(statements.history(RIVERSIDE, year))
                .extracting(StatementChange::summary)
                .containsExactly(
                        "Published on the school's public page",
                        "Submitted to the local authority",
                        "Changed the figures: budget £5,100, spent £4,800.10",
                        "Started the statement: budget £5,000, spent £4,800.10");
        assertThat(statements.history(RIVERSIDE, year))
                .allMatch(change -> change.by().startsWith("Sam Senco"));
    }

    @Test
    void aSubmittedStatementIsNotChangedUntilReturnedToDraftWhichTakesItOffThePublicPage() {
        signedIn.as("warwickshire.school");
        FinancialYear year = FinancialYear.parse("2021/22");
        StatementDetails submitted = statements.submit(RIVERSIDE, year, null, figures("5000", "Narrative"));
        StatementDetails published = statements.publish(RIVERSIDE, year, submitted.version(), true);
        assertThatThrownBy(() -> statements.save(RIVERSIDE, year, published.version(), figures("1", "x")))
                .hasMessageStartingWith("This statement has been submitted to the local authority");
        StatementDetails returned = statements.returnToDraft(RIVERSIDE, year, published.version());
        assertThat(returned.published()).isFalse();
        assertThat(returned.status()).isEqualTo(StatementStatus.DRAFT);
    }

    @Test
    void onlyASubmittedStatementIsPublishedAndANarrativeIsNeededToSubmit() {
        signedIn.as("warwickshire.school");
        FinancialYear year = FinancialYear.parse("2020/21");
        StatementDetails draft = statements.save(RIVERSIDE, year, null, figures("5000", " "));
        assertThatThrownBy(() -> statements.publish(RIVERSIDE, year, draft.version(), true))
                .hasMessage("Submit the statement to the local authority before publishing it");
        assertThatThrownBy(() -> statements.submit(RIVERSIDE, year, draft.version(), figures("5000", "")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("narrative");
    }

    @Test
    void aStaleVersionIsRefusedRatherThanOverwritten() {
        signedIn.as("solihull.school");
        FinancialYear year = FinancialYear.parse("2019/20");
        StatementDetails first = statements.save("900201", year, null, figures("5000", ""));
        statements.save("900201", year, first.version(), figures("6000", ""));
        assertThatThrownBy(() -> statements.save("900201", year, first.version(), figures("7000", "")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> statements.save("900201", year, null, figures("7000", "")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void everyMissingOrNegativeAmountIsNamedByItsField() {
        signedIn.as("solihull.school");
        SenFundingDraft bad = new SenFundingDraft(
                null,
                new BigDecimal("-1"),
                null,
                BigDecimal.ONE,
                BigDecimal.ONE,
                BigDecimal.ONE,
                new BigDecimal("1.005"),
                "x".repeat(SenFundingDraft.NARRATIVE_LIMIT + 1));
        assertThatThrownBy(() -> statements.save("900201", FinancialYear.parse("2018/19"), null, bad))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString().replaceAll(".*\\.", "") + ": " + v.getMessage())
                        .contains(
                                "notionalBudget: Enter the notional SEN budget",
                                "staffing: The spend on staffing and teaching assistants cannot be negative",
                                "sencoTime: Enter the spend on SENCO time (0 if none)",
                                "boughtInServices: Enter the spend on bought-in services in pounds and pence",
                                "narrative: Keep the narrative to 4000 characters or fewer"));
    }

    @Test
    void aSchoolEditorCannotReadOrWriteAnotherSchool() {
        signedIn.as("warwickshire.school");
        assertThatThrownBy(() -> statements.find(NUNEATON_FIELDS, FinancialYear.parse("2024/25")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> statements.save(NUNEATON_FIELDS, FinancialYear.parse("2024/25"), null, figures("1", "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(statements.statementsBySchool())
                .extracting(s -> s.school().urn())
                .containsExactly(RIVERSIDE);
    }

    @Test
    void anLaOfficerReadsEverySchoolButWritesNone() {
        signedIn.as("warwickshire.officer");
        assertThat(statements.statementsBySchool())
                .extracting(s -> s.school().urn())
                .containsExactlyInAnyOrderElementsOf(organisations.organisationsOfKind(OrganisationKind.SCHOOL).stream()
                        .map(OrganisationDetails::urn)
                        .toList());
        assertThat(statements.find(RIVERSIDE, FinancialYear.parse("2024/25")))
                .get()
                .extracting(StatementDetails::published)
                .isEqualTo(true);
        assertThatThrownBy(() -> statements.save(RIVERSIDE, FinancialYear.parse("2017/18"), null, figures("1", "")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherTenantsSchoolIsNotFound() {
        signedIn.as("solihull.officer");
        assertThat(statements.school(RIVERSIDE)).isEmpty();
        assertThat(statements.find(RIVERSIDE, FinancialYear.parse("2024/25"))).isEmpty();
    }

    @Test
    void thePublicSeesOnlyPublishedStatementsOfTheSchoolInTheNamedAuthority() {
        assertThat(statements.published("warwickshire", RIVERSIDE))
                .get()
                .satisfies(found -> assertThat(found.statements())
                        .extracting(s -> s.year().toString())
                        .contains("2024/25")
                        .doesNotContain("2025/26"));
        assertThat(statements.published("solihull", RIVERSIDE)).isEmpty();
        assertThat(statements.published("warwickshire", NUNEATON_FIELDS)).isEmpty();
        assertThat(statements.published("nowhere", RIVERSIDE)).isEmpty();
    }
}

package org.sendplan.portal.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class SchoolReturnServiceTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    ReturnFixture fixture;

    @Autowired
    SchoolReturnService returns;

    @Autowired
    DataCollectionService collections;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void schoolEditorCannotOpenAnotherSchoolsReturn() {
        CollectionProgress opened = fixture.open("warwickshire", "Other school's return");
        signedIn.as("warwickshire.school");
        ReturnSummary other = opened.returns().get(1);
        assertThatThrownBy(() -> returns.find(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> returns.saveDraft(other.id(), 0, ReturnFixture.answers("10", "1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(returns.ownSchoolsReturns()).extracting(ReturnSummary::urn).containsOnly("900101");
    }

    @Test
    void schoolEditorCannotQueryOrAcceptEvenTheirOwnReturn() {
        ReturnSummary own =
                fixture.open("warwickshire", "Own return, LA steps").returns().getFirst();
        signedIn.as("warwickshire.school");
        SchoolReturnDetails submitted = returns.submit(own.id(), 0, ReturnFixture.answers("100", "4"));
        assertThatThrownBy(() -> returns.accept(own.id(), submitted.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> collections.collections()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherTenantsReturnIsNotFound() {
        ReturnSummary kingston =
                fixture.open("kingston", "Kingston only").returns().getFirst();
        signedIn.as("solihull.officer");
        assertThat(returns.find(kingston.id())).isEmpty();
        assertThat(collections.find(kingston.collectionId())).isEmpty();
        assertThatThrownBy(() -> returns.saveDraft(kingston.id(), 0, ReturnFixture.answers("1", "1")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theSecondOfTwoSavesFromTheSameVersionIsRefused() {
        ReturnSummary own =
                fixture.open("warwickshire", "Two editors").returns().getFirst();
        signedIn.as("warwickshire.school");
        long seen = returns.find(own.id()).orElseThrow().version();
        returns.saveDraft(own.id(), seen, ReturnFixture.answers("100", "4"));
        assertThatThrownBy(() -> returns.saveDraft(own.id(), seen, ReturnFixture.answers("120", "5")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(returns.find(own.id()).orElseThrow().entry("on_roll").value())
                .isEqualTo("100");
    }

    @Test
    void aReturnGoesFromDraftThroughQueryToAcceptedWithEveryStepKept() {
        ReturnSummary own =
                fixture.open("warwickshire", "Whole journey").returns().getFirst();
        signedIn.as("warwickshire.school");
        SchoolReturnDetails draft = returns.saveDraft(own.id(), 0, Map.of("on_roll", FieldEntry.of("100")));
        assertThat(draft.status()).isEqualTo(ReturnStatus.DRAFT);
        SchoolReturnDetails submitted = returns.submit(own.id(), draft.version(), ReturnFixture.answers("100", "40"));
        signedIn.as("warwickshire.officer");
        SchoolReturnDetails queried = returns.query(
                own.id(), submitted.version(), "", Map.of("ehcp", "40 EHC plans looks high: please check"));
        assertThat(queried.status()).isEqualTo(ReturnStatus.QUERIED);
        signedIn.as("warwickshire.school");
        assertThat(returns.find(own.id()).orElseThrow().fieldQueries())
                .containsEntry("ehcp", "40 EHC plans looks high: please check");
        SchoolReturnDetails resubmitted =
                returns.submit(own.id(), queried.version(), ReturnFixture.answers("100", "4"));
        assertThat(resubmitted.status()).isEqualTo(ReturnStatus.RESUBMITTED);
        signedIn.as("warwickshire.officer");
        SchoolReturnDetails accepted = returns.accept(own.id(), resubmitted.version());
        assertThat(accepted.status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(accepted.fieldQueries()).isEmpty();
        assertThat(accepted.steps())
                .extracting(ReturnStepRecord::action)
                .containsExactly(
                        ReturnAction.SAVE_DRAFT,
                        ReturnAction.SUBMIT,
                        ReturnAction.QUERY,
                        ReturnAction.SUBMIT,
                        ReturnAction.ACCEPT);
        assertThat(accepted.steps().get(2).note())
                .isEqualTo("Pupils with an EHC plan: 40 EHC plans looks high: please check");
        assertThat(accepted.steps().get(2).by()).startsWith("Olu Officer");
        assertThat(collections.progress(own.collectionId()).totals())
                .filteredOn(t -> t.field().code().equals("on_roll"))
                .singleElement()
                .satisfies(total -> assertThat(total.sum()).isEqualByComparingTo("100"));
    }

    @Test
    void anAcceptedReturnIsLockedAndReopeningNeedsAReason() {
        ReturnSummary own = fixture.open("warwickshire", "Locked").returns().getFirst();
        signedIn.as("warwickshire.school");
        SchoolReturnDetails submitted = returns.submit(own.id(), 0, ReturnFixture.answers("100", "4"));
        signedIn.as("warwickshire.officer");
        SchoolReturnDetails accepted = returns.accept(own.id(), submitted.version());
        signedIn.as("warwickshire.school");
        assertThatThrownBy(() -> returns.saveDraft(own.id(), accepted.version(), ReturnFixture.answers("90", "4")))
                .hasMessage("This return has been accepted and is locked; the LA can reopen it");
        signedIn.as("warwickshire.officer");
        assertThatThrownBy(() -> returns.reopen(own.id(), accepted.version(), " "))
                .hasMessage("Say why the return is being reopened");
        SchoolReturnDetails reopened = returns.reopen(own.id(), accepted.version(), "Roll figure was for last term");
        assertThat(reopened.status()).isEqualTo(ReturnStatus.QUERIED);
        assertThat(reopened.overallQuery()).isEqualTo("Roll figure was for last term");
    }

    @Test
    void aSubmissionThatMovesFarFromLastPeriodsAcceptedFigureNeedsAComment() {
        ReturnSummary autumn = fixture.open(
                        "solihull",
                        "Change series",
                        ReturnFixture.SPRING.previous(),
                        LocalDate.now().plusDays(3))
                .returns()
                .getFirst();
        signedIn.as("solihull.officer");
        returns.accept(
                autumn.id(),
                returns.submit(autumn.id(), 0, ReturnFixture.answers("100", "4"))
                        .version());
        signedIn.out();
        ReturnSummary spring =
                fixture.open("solihull", "Change series").returns().getFirst();
        signedIn.as("solihull.officer");
        assertThat(returns.find(spring.id()).orElseThrow().previous()).containsKey("on_roll");
        assertThatThrownBy(() -> returns.submit(spring.id(), 0, ReturnFixture.answers("150", "4")))
                .isInstanceOfSatisfying(
                        ReturnProblems.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(
                                        new FieldProblem(
                                                "on_roll",
                                                "This is 50% more than last period's accepted figure (100): say why in the comment")));
    }

    @Test
    void aRefusedSaveKeepsTheStoredAnswersUnchanged() {
        ReturnSummary own = fixture.open("kingston", "Refused save").returns().getFirst();
        signedIn.as("kingston.school");
        SchoolReturnDetails draft = returns.saveDraft(own.id(), 0, ReturnFixture.answers("100", "4"));
        assertThatThrownBy(() -> returns.saveDraft(own.id(), draft.version(), ReturnFixture.answers("100", "400")))
                .isInstanceOf(ReturnProblems.class);
        assertThat(returns.find(own.id()).orElseThrow().entry("ehcp").value()).isEqualTo("4");
    }
}

package org.sendplan.portal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.FinancialYear;
import org.sendplan.portal.common.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Delivered savings recorded on an action: who may record them, what is refused, history, and no silent overwrite. */
@PortalTest
class DeliveredSavingsTests {

    static final FinancialYear THIS_YEAR = FinancialYear.containing(LocalDate.now());
    static final FinancialYear LAST_YEAR = THIS_YEAR.previous();

    @Autowired
    SignedIn signedIn;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    ActionSavingsService savings;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void deliveredSavingsAddUpPerYearBesideTheEstimates() {
        ActionDetails action = actionWithEstimates("kingston.officer");
        savings.record(action.id(), saving(LAST_YEAR, "4000"));
        savings.record(action.id(), saving(LAST_YEAR, "2500.50"));

        assertThat(savings.savings(action.id()).byYear())
                .containsExactly(
                        new YearSavings(LAST_YEAR, money("10000"), money("6500.50")),
                        new YearSavings(THIS_YEAR, money("20000"), money("0")));
        assertThat(savings.savings(action.id()).byYear().getFirst().difference())
                .isEqualByComparingTo("-3499.50");
        assertThat(savings.savings(action.id()).totalDelivered()).isEqualByComparingTo("6500.50");
    }

    @Test
    void recordingChangingAndRemovingADeliveredSavingIsInTheActionsHistory() {
        ActionDetails action = actionWithEstimates("kingston.officer");
        DeliveredSavingDetails recorded = savings.record(action.id(), saving(LAST_YEAR, "4000"));
        DeliveredSavingDetails changed = savings.change(recorded.id(), recorded.version(), saving(LAST_YEAR, "4500"));
        savings.remove(changed.id(), changed.version());

        List<ActionChangeRecord> history = actions.history(action.id()).stream()
                .filter(c -> c.field().equals("Delivered saving"))
                .toList();
        assertThat(history).hasSize(3);
        assertThat(history)
                .extracting(ActionChangeRecord::newValue)
                .anyMatch(v -> v != null && v.startsWith(LAST_YEAR + ": £4,500 recorded on"));
        assertThat(history).extracting(ActionChangeRecord::changedBy).allMatch(by -> by.startsWith("Olu Officer"));
        assertThat(savings.delivered(action.id())).isEmpty();
    }

    @Test
    void aFinanceOfficerMayRecordADeliveredSaving() {
        ActionDetails action = actionWithEstimates("kingston.officer");
        signedIn.as("kingston.finance");
        assertThat(savings.record(action.id(), saving(LAST_YEAR, "1000")).recordedBy())
                .startsWith("Fran Finance");
    }

    @Test
    void boardMembersParentCarersAndSchoolsCannotRecordADeliveredSaving() {
        ActionDetails action = actionWithEstimates("kingston.officer");
        for (String reader : List.of("kingston.board", "kingston.parent", "kingston.school")) {
            signedIn.as(reader);
            assertThatThrownBy(() -> savings.record(action.id(), saving(LAST_YEAR, "1000")))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void eachBadFigureIsRefusedForItsOwnFieldAndNothingIsSaved() {
        ActionDetails action = actionWithEstimates("kingston.officer");
        refused(
                action,
                new DeliveredSavingDraft(LAST_YEAR, money("-50"), LocalDate.now(), null),
                "amount",
                "Enter the saving as a positive amount; to correct an earlier record, change or remove it");
        refused(
                action,
                new DeliveredSavingDraft(LAST_YEAR, money("0"), LocalDate.now(), null),
                "amount",
                "A saving of £0 records nothing: enter the amount saved");
        refused(
                action,
                new DeliveredSavingDraft(LAST_YEAR, new BigDecimal("10.005"), LocalDate.now(), null),
                "amount",
                "Enter the amount to the penny, without fractions of a penny");
        refused(
                action,
                new DeliveredSavingDraft(LAST_YEAR, null, LocalDate.now(), null),
                "amount",
                "Enter the saving delivered, in pounds");
        refused(
                action,
                new DeliveredSavingDraft(null, money("10"), LocalDate.now(), null),
                "year",
                "Choose the financial year the saving was delivered in");
        refused(
                action,
                new DeliveredSavingDraft(LAST_YEAR, money("10"), LocalDate.now().plusDays(1), null),
                "recordedOn",
                "The date recorded cannot be in the future");
        refused(
                action,
                new DeliveredSavingDraft(THIS_YEAR.next(), money("10"), LocalDate.now(), null),
                "year",
                "cannot have been delivered in " + THIS_YEAR.next() + ": choose " + THIS_YEAR + " or earlier");
        assertThat(savings.delivered(action.id())).isEmpty();
        assertThat(actions.history(action.id())).noneMatch(c -> c.field().equals("Delivered saving"));
    }

    @Test
    void aStaleChangeIsRefusedWithWhoRecordedIt() {
        ActionDetails action = actionWithEstimates("kingston.officer");
        DeliveredSavingDetails recorded = savings.record(action.id(), saving(LAST_YEAR, "4000"));
        signedIn.as("kingston.finance");
        savings.change(recorded.id(), recorded.version(), saving(LAST_YEAR, "4200"));
        signedIn.as("kingston.officer");
        assertThatThrownBy(() -> savings.change(recorded.id(), recorded.version(), saving(LAST_YEAR, "3000")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("This delivered saving was changed by Fran Finance");
        assertThat(savings.delivered(action.id()))
                .singleElement()
                .extracting(d -> d.draft().amount())
                .isEqualTo(money("4200"));
    }

    @Test
    void anotherLocalAuthorityCanNeitherReadNorChangeADeliveredSaving() {
        ActionDetails action = actionWithEstimates("kingston.officer");
        DeliveredSavingDetails recorded = savings.record(action.id(), saving(LAST_YEAR, "4000"));
        signedIn.as("warwickshire.officer");
        assertThatThrownBy(() -> savings.delivered(action.id())).hasMessage("That action no longer exists");
        assertThatThrownBy(() -> savings.record(action.id(), saving(LAST_YEAR, "1")))
                .hasMessage("That action no longer exists");
        assertThatThrownBy(() -> savings.change(recorded.id(), recorded.version(), saving(LAST_YEAR, "1")))
                .hasMessageStartingWith("That delivered saving no longer exists");
    }

    private void refused(ActionDetails action, DeliveredSavingDraft draft, String field, String message) {
        assertThatThrownBy(() -> savings.record(action.id(), draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    ActionDetails actionWithEstimates(String officer) {
        signedIn.as(officer);
        PlanSummary plan = plans.create(PlanFixtures.draft("Savings plan"));
        ThemeDetails theme = plans.addTheme(plan.id(), "Getting it Right for Learners with High Needs");
        ActionDraft d = PlanFixtures.action(theme, "Open more resourced provisions");
        return actions.add(
                plan.id(),
                new ActionDraft(
                        d.themeId(),
                        d.activity(),
                        d.measure(),
                        d.expectedChange(),
                        d.rationale(),
                        d.savingsRating(),
                        d.savingsNarrative(),
                        d.benefitsRealisation(),
                        d.lead(),
                        d.capacityNote(),
                        null,
                        null,
                        d.status(),
                        List.of(),
                        List.of(),
                        List.of(
                                new SavingEstimate(LAST_YEAR, money("10000")),
                                new SavingEstimate(THIS_YEAR, money("20000")))));
    }

    static DeliveredSavingDraft saving(FinancialYear year, String amount) {
        return new DeliveredSavingDraft(year, money(amount), LocalDate.now(), "From the placement panel");
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}

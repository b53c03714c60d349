package org.sendplan.portal.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendplan.portal.returns.ReturnAction.ACCEPT;
import static org.sendplan.portal.returns.ReturnAction.QUERY;
import static org.sendplan.portal.returns.ReturnAction.REOPEN;
import static org.sendplan.portal.returns.ReturnAction.SAVE_DRAFT;
import static org.sendplan.portal.returns.ReturnAction.SUBMIT;
import static org.sendplan.portal.returns.ReturnStatus.ACCEPTED;
import static org.sendplan.portal.returns.ReturnStatus.DRAFT;
import static org.sendplan.portal.returns.ReturnStatus.NOT_STARTED;
import static org.sendplan.portal.returns.ReturnStatus.QUERIED;
import static org.sendplan.portal.returns.ReturnStatus.RESUBMITTED;
import static org.sendplan.portal.returns.ReturnStatus.SUBMITTED;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendplan.portal.common.InvalidInputException;

/** Every status against every action: the allowed steps lead where the issue says, every other step is refused. */
class ReturnStatusTests {

    private static final Map<ReturnStatus, Map<ReturnAction, ReturnStatus>> ALLOWED = new EnumMap<>(Map.of(
            NOT_STARTED, Map.of(SAVE_DRAFT, DRAFT, SUBMIT, SUBMITTED),
            DRAFT, Map.of(SAVE_DRAFT, DRAFT, SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(QUERY, QUERIED, ACCEPT, ACCEPTED),
            QUERIED, Map.of(SAVE_DRAFT, QUERIED, SUBMIT, RESUBMITTED),
            RESUBMITTED, Map.of(QUERY, QUERIED, ACCEPT, ACCEPTED),
            ACCEPTED, Map.of(REOPEN, QUERIED)));

    static Stream<Arguments> everyStatusAndAction() {
        return Stream.of(ReturnStatus.values())
                .flatMap(status -> Stream.of(ReturnAction.values()).map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{0} then {1}")
    @MethodSource("everyStatusAndAction")
    void onlyTheStepsOfTheIssueAreAllowed(ReturnStatus status, ReturnAction action) {
        ReturnStatus expected = ALLOWED.get(status).get(action);
        if (expected != null) {
            assertThat(status.after(action)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> status.after(action))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageNotContaining("null");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStatus")
    void onlyNotStartedDraftAndQueriedReturnsAreEditableBySchools(ReturnStatus status) {
        assertThat(status.editable()).isEqualTo(status == NOT_STARTED || status == DRAFT || status == QUERIED);
    }

    static Stream<ReturnStatus> everyStatus() {
        return Stream.of(ReturnStatus.values());
    }

    @Test
    void anAcceptedReturnIsLockedUntilReopened() {
        assertThatThrownBy(() -> ACCEPTED.after(SUBMIT))
                .hasMessage("This return has been accepted and is locked; the LA can reopen it");
        assertThat(ACCEPTED.after(REOPEN).after(SUBMIT)).isEqualTo(RESUBMITTED);
    }
}

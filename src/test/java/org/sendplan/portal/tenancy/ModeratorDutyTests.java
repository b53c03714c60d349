package org.sendplan.portal.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/** The moderator duty is set per membership by a tenant administrator, on top of a role. */
@PortalTest
class ModeratorDutyTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    MembershipService memberships;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void aTenantAdministratorAddsTheModeratorDutyToAMembersRole() {
        signedIn.as("kingston.admin");
        MemberDetails board = memberships.members().stream()
                .filter(m -> m.roles().equals(EnumSet.of(Role.BOARD_MEMBER)))
                .findFirst()
                .orElseThrow();
        MemberDetails changed = memberships.changeMember(
                board.membershipId(),
                board.version(),
                EnumSet.of(Role.BOARD_MEMBER, Role.MODERATOR),
                board.organisationId());
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.BOARD_MEMBER, Role.MODERATOR);
        memberships.changeMember(
                changed.membershipId(), changed.version(), EnumSet.of(Role.BOARD_MEMBER), changed.organisationId());
    }

    @Test
    void moderatorOnItsOwnIsRefusedBecauseItIsADutyNotARole() {
        signedIn.as("kingston.admin");
        MemberDetails parent = memberships.members().stream()
                .filter(m -> m.roles().equals(EnumSet.of(Role.PARENT_CARER)))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> memberships.changeMember(
                        parent.membershipId(), parent.version(), EnumSet.of(Role.MODERATOR), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Moderator is a duty added to a role: choose their role as well");
    }
}

package org.sendplan.portal.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.plans.ActionService;
import org.sendplan.portal.plans.PlanLifecycle;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The forum's sign-off: the forum lead records it; the board reads it; a tenant may make approval wait for it. */
@PortalTest
class ForumSignOffTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    ForumSignOffService signOffs;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    PlanLifecycle lifecycle;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void theForumLeadRecordsAPositionThatTheBoardReadsBeforeApprovingAndTheVersionKeeps() {
        PlanSummary plan = ParticipationFixtures.planInConsultation(signedIn, "solihull", plans, actions, lifecycle);
        signedIn.as("solihull.forumlead");
        signOffs.record(plan.id(), null, ForumPosition.ENDORSED_WITH_RESERVATIONS, "Transport needs more work");
        signedIn.as("solihull.board");
        PlanSummary current = plans.plan(plan.id()).orElseThrow();
        assertThat(lifecycle.forumPositionForApproval(current))
                .startsWith(
                        "The parent carer forum's position on version 1: Endorsed with reservations — “Transport needs more work”");
        lifecycle.moveTo(plan.id(), current.version(), PlanStatus.APPROVED);
        assertThat(lifecycle.forumPositionOn(plan.id(), 1))
                .hasValueSatisfying(p -> assertThat(p).startsWith("Endorsed with reservations"));
    }

    @Test
    void theBoardIsToldWhenNoPositionIsRecorded() {
        PlanSummary plan = ParticipationFixtures.planInConsultation(signedIn, "solihull", plans, actions, lifecycle);
        signedIn.as("solihull.board");
        assertThat(lifecycle.forumPositionForApproval(plan))
                .isEqualTo("The parent carer forum has not recorded a position on version 1.");
    }

    @Test
    void onlyTheForumLeadMayRecordThePosition() {
        PlanSummary plan = ParticipationFixtures.planInConsultation(signedIn, "solihull", plans, actions, lifecycle);
        for (String who : new String[] {"solihull.parent", "solihull.officer", "solihull.board"}) {
            signedIn.as(who);
            assertThatThrownBy(() -> signOffs.record(plan.id(), null, ForumPosition.ENDORSED, "Yes"))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aPositionNeedsAStatementOfAtMost2000Characters() {
        PlanSummary plan = ParticipationFixtures.planInConsultation(signedIn, "solihull", plans, actions, lifecycle);
        signedIn.as("solihull.forumlead");
        assertThatThrownBy(() -> signOffs.record(plan.id(), null, ForumPosition.NOT_ENDORSED, "  "))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("statement");
        assertThatThrownBy(() -> signOffs.record(plan.id(), null, ForumPosition.NOT_ENDORSED, "x".repeat(2001)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Keep the statement to 2,000 characters; it is 2001 now");
    }

    @Test
    void revisingThePositionFromAnOldCopyIsRefused() {
        PlanSummary plan = ParticipationFixtures.planInConsultation(signedIn, "solihull", plans, actions, lifecycle);
        signedIn.as("solihull.forumlead");
        ForumPositionDetails first = signOffs.record(plan.id(), null, ForumPosition.NOT_ENDORSED, "Not yet");
        signOffs.record(plan.id(), first.version(), ForumPosition.ENDORSED, "Now yes");
        assertThatThrownBy(() -> signOffs.record(plan.id(), first.version(), ForumPosition.NOT_ENDORSED, "Stale"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reload to see their changes");
        assertThatThrownBy(() -> signOffs.record(plan.id(), null, ForumPosition.NOT_ENDORSED, "As if new"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void whenTheTenantRequiresItApprovalWithoutARecordedPositionIsRefused() {
        PlanSummary plan = ParticipationFixtures.planInConsultation(signedIn, "kingston", plans, actions, lifecycle);
        signedIn.as("kingston.admin");
        SignOffSetting setting =
                signOffs.requireSignOff(true, signOffs.signOffSetting().version());
        try {
            signedIn.as("kingston.board");
            assertThatThrownBy(() -> lifecycle.moveTo(plan.id(), plan.version(), PlanStatus.APPROVED))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("asks for the parent carer forum's position first");
            signedIn.as("kingston.forumlead");
            signOffs.record(plan.id(), null, ForumPosition.ENDORSED, "We co-produced it");
            signedIn.as("kingston.board");
            assertThat(lifecycle
                            .moveTo(plan.id(), plan.version(), PlanStatus.APPROVED)
                            .status())
                    .isEqualTo(PlanStatus.APPROVED);
        } finally {
            signedIn.as("kingston.admin");
            signOffs.requireSignOff(false, setting.version());
        }
    }

    @Test
    void withoutTheSettingTheBoardMayApproveWithNoPositionRecorded() {
        PlanSummary plan = ParticipationFixtures.planInConsultation(signedIn, "solihull", plans, actions, lifecycle);
        signedIn.as("solihull.board");
        assertThat(lifecycle
                        .moveTo(plan.id(), plan.version(), PlanStatus.APPROVED)
                        .status())
                .isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void onlyATenantAdministratorChangesTheSettingAndOnlyForTheirOwnAuthority() {
        signedIn.as("solihull.officer");
        assertThatThrownBy(() -> signOffs.requireSignOff(true, null)).isInstanceOf(AccessDeniedException.class);
        signedIn.as("kingston.board");
        assertThat(signOffs.requiredBeforeApproval()).isFalse();
    }

    @Test
    void anotherTenantCannotReadOrRecordThePosition() {
        PlanSummary plan = ParticipationFixtures.planInConsultation(signedIn, "solihull", plans, actions, lifecycle);
        signedIn.as("solihull.forumlead");
        signOffs.record(plan.id(), null, ForumPosition.ENDORSED, "Yes");
        signedIn.as("warwickshire.forumlead");
        assertThat(signOffs.position(plan.id(), 1)).isEmpty();
        assertThat(signOffs.positionOn(plan.id(), 1)).isEmpty();
        assertThatThrownBy(() -> signOffs.record(plan.id(), null, ForumPosition.NOT_ENDORSED, "No"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("That plan no longer exists");
    }
}

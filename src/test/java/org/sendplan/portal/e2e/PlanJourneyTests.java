package org.sendplan.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's delivery-plan journey: an officer imports the seed table, edits an action and posts a RAG
 * update; a board member approves the plan; a parent carer reads it and cannot edit. Every plan screen
 * on the way, and the import dialog, passes the axe-core scan.
 */
@BrowserTest
class PlanJourneyTests {

    /** A real council's delivery plan table (7 themes), beside the clone on CI as on developers' machines. */
    static final Path SEED_TABLE = Path.of("../shared/seeds/002_ce68911f7982fc6b.txt");

    @Test
    void anOfficersImportedPlanIsApprovedByTheBoardAndOnlyReadByAParentCarer(Page page) {
        String title = "SEND delivery plan " + UUID.randomUUID().toString().substring(0, 8);

        // An officer creates a plan and imports the seed table through the dialog.
        Shell officer = SignInPage.open(page).signInAs("warwickshire.officer");
        officer.open("Plans");
        AccessibilityScan.assertNoViolations(page, "the plan list");
        PlanPage plan = officer.plans().create(title);
        assertThat(plan.stage()).endsWith("Draft");

        ImportDialog importing = plan.openImport();
        AccessibilityScan.assertNoViolations(page, "the import dialog");
        importing.upload(SEED_TABLE);
        assertThat(importing.summary())
                .isEqualTo("7 themes, 22 actions: 22 new, 0 to update, 0 unchanged, 0 skipped by you, "
                        + "0 that cannot be imported; 3 with warnings to check.");
        assertThat(importing.importButton().textContent().strip()).isEqualTo("Import 22 actions");
        AccessibilityScan.assertNoViolations(page, "the import dialog showing its preview");
        importing.importAll();

        assertThat(plan.themeCount()).isEqualTo(7);
        assertThat(plan.actionCount()).isEqualTo("22 actions (downloads hold the same):");
        AccessibilityScan.assertNoViolations(page, "the plan page after the import");

        // The officer edits an action and posts an Amber update with its reason.
        ActionPage action = plan.openFirstAction();
        action.edit("Lead", "Head of SEND Commissioning");
        assertThat(action.field("Lead")).isEqualTo("Head of SEND Commissioning");
        action.postUpdate(
                "Two settings awarded the kitemark; three more delayed.",
                "Amber – At risk",
                "Assessor capacity is short until spring");
        assertThat(action.rag()).isEqualTo("Amber – At risk");
        assertThat(action.cellsContaining("Assessor capacity is short until spring")
                        .count())
                .isPositive();
        AccessibilityScan.assertNoViolations(page, "the action page after an update");

        // Officers send a draft out for consultation; only the board approves.
        plan = action.backToPlan(title);
        plan.move("Send out for consultation", "In consultation");
        assertThat(plan.buttons()).doesNotContain("Approve this version");
        officer.signOut();

        Shell board = DemoUser.BOARD_MEMBER.signIn(page);
        board.open("Plans");
        plan = board.plans().open(title);
        plan.move("Approve this version", "Approved");
        assertThat(plan.stage()).contains("Approved · approved versions: 1");
        board.signOut();

        // A parent carer reads the approved plan and its actions, with nothing to edit.
        Shell parent = SignInPage.open(page).signInAs("warwickshire.parent");
        parent.open("Plans");
        plan = parent.plans().open(title);
        assertThat(plan.stage()).contains("Approved");
        assertThat(plan.themeCount()).isEqualTo(7);
        assertThat(plan.actionCount()).isEqualTo("22 actions (downloads hold the same):");
        assertThat(plan.buttons())
                .as("buttons on the plan page for a parent carer: only comparing versions")
                .containsExactly("Compare");
        action = plan.openFirstAction();
        assertThat(action.rag()).isEqualTo("Amber – At risk");
        assertThat(action.buttons())
                .as("buttons on the action page for a parent carer")
                .isEmpty();
        parent.signOut();
    }
}

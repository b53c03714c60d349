package org.sendplan.portal.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.Rag;
import org.springframework.beans.factory.annotation.Autowired;

/** An exported plan carries the seed table's columns and status, and imports again without a warning or a lost word. */
@PortalTest
class PlanExportTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    PlanImportService imports;

    @Autowired
    PlanExportService exports;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void anExportedCsvReImportsIntoANewPlanWithEveryFieldIntact() throws IOException {
        signedIn.as("kingston.officer");
        PlanSummary original = seededPlan();
        byte[] csv = exports.csv(original.id(), ActionFilter.NONE);
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .startsWith("\uFEFFTheme,Activity,Measure,Expected change,Rationale,"
                        + "Savings rating,Savings,Benefits realisation,Lead,Capacity note,Owner,Due date,Status,RAG");
        PlanSummary copy = plans.create(PlanFixtures.draft("Copy from CSV " + System.nanoTime()));

        ImportPreview preview = imports.preview(copy.id(), PlanTableUpload.of("plan.csv", csv));
        assertThat(preview.rows())
                .allMatch(r -> r.warnings().isEmpty() && r.problems().isEmpty());
        imports.importTable(copy.id(), PlanTableUpload.of("plan.csv", csv));
        assertSameContent(original, copy);
    }

    @Test
    void anExportedXlsxReImportsAndChangesNothingInItsOwnPlan() throws IOException {
        signedIn.as("kingston.officer");
        PlanSummary original = seededPlan();
        byte[] xlsx = exports.xlsx(original.id(), ActionFilter.NONE);
        ImportResult again = imports.importTable(original.id(), PlanTableUpload.of("plan.xlsx", xlsx));
        assertThat(again.actionsAdded()).isZero();
        assertThat(again.actionsUpdated()).isZero();
        assertThat(again.actionsUnchanged()).isEqualTo(22);

        PlanSummary copy = plans.create(PlanFixtures.draft("Copy from XLSX " + System.nanoTime()));
        imports.importTable(copy.id(), PlanTableUpload.of("plan.xlsx", xlsx));
        assertSameContent(original, copy);
    }

    @Test
    void aFilteredExportHoldsOnlyTheMatchingActions() throws IOException {
        signedIn.as("kingston.officer");
        PlanSummary original = seededPlan();
        ActionFilter high = new ActionFilter(null, null, null, null, SavingsRating.HIGH, false, null);
        String csv = new String(exports.csv(original.id(), high), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(1 + actions.count(original.id(), high));
        assertThat(csv).contains("RP place costs approx. £18k").doesNotContain("Inclusion Quality Mark");
    }

    private PlanSummary seededPlan() throws IOException {
        PlanSummary plan = plans.create(PlanFixtures.draft("Export source " + System.nanoTime()));
        imports.importTable(plan.id(), PlanImportTests.seed());
        return plan;
    }

    private void assertSameContent(PlanSummary original, PlanSummary copy) {
        List<ActionDetails> before = actions.allActions(original.id(), ActionFilter.NONE);
        List<ActionDetails> after = actions.allActions(copy.id(), ActionFilter.NONE);
        assertThat(after).hasSize(before.size());
        for (int i = 0; i < before.size(); i++) {
            ActionDetails b = before.get(i);
            ActionDetails a = after.get(i);
            assertThat(List.of(
                            nz(a.themeTitle()),
                            nz(a.activity()),
                            nz(a.measure()),
                            nz(a.expectedChange()),
                            nz(a.rationale()),
                            String.valueOf(a.savingsRating()),
                            nz(a.savingsNarrative()),
                            nz(a.benefitsRealisation()),
                            nz(a.lead()),
                            nz(a.capacityNote())))
                    .isEqualTo(List.of(
                            nz(b.themeTitle()),
                            nz(b.activity()),
                            nz(b.measure()),
                            nz(b.expectedChange()),
                            nz(b.rationale()),
                            String.valueOf(b.savingsRating()),
                            nz(b.savingsNarrative()),
                            nz(b.benefitsRealisation()),
                            nz(b.lead()),
                            nz(b.capacityNote())));
            assertThat(a.status()).isEqualTo(b.status());
            assertThat(a.rag())
                    .as("RAG moves only through an update, never through an import")
                    .isEqualTo(Rag.GREY);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

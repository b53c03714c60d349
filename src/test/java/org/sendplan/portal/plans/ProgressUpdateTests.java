package org.sendplan.portal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.Rag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** RAG moves only through a dated update, a change of RAG needs a reason, and evidence is what its bytes say. */
@PortalTest
class ProgressUpdateTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    ProgressService progress;

    private ActionDetails action;

    @BeforeEach
    void anAction() {
        signedIn.as("kingston.officer");
        PlanSummary plan = plans.create(PlanFixtures.draft("Progress plan " + System.nanoTime()));
        ThemeDetails theme = plans.addTheme(plan.id(), "Transport");
        action = actions.add(plan.id(), PlanFixtures.action(theme, "Review travel training"));
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void anUpdateWithAReasonMovesTheRagAndIsRecordedInHistory() {
        progress.post(
                action.id(),
                action.version(),
                new ProgressDraft(LocalDate.now(), "Contract re-let", Rag.AMBER, "Supplier slipped"),
                null);
        ActionDetails after = actions.action(action.id()).orElseThrow();
        assertThat(after.rag()).isEqualTo(Rag.AMBER);
        assertThat(progress.updates(action.id())).singleElement().satisfies(u -> {
            assertThat(u.previousRag()).isEqualTo(Rag.GREY);
            assertThat(u.reason()).isEqualTo("Supplier slipped");
        });
        assertThat(actions.history(action.id())).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("RAG");
            assertThat(c.oldValue()).isEqualTo("Grey");
            assertThat(c.newValue()).isEqualTo("Amber — Supplier slipped");
        });
    }

    @Test
    void aChangeOfRagWithoutAReasonIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> progress.post(
                        action.id(),
                        action.version(),
                        new ProgressDraft(LocalDate.now(), "Going badly", Rag.RED, " "),
                        null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Give a reason for changing the RAG from Grey to Red");
        assertThat(progress.updates(action.id())).isEmpty();
        assertThat(actions.action(action.id()).orElseThrow().rag()).isEqualTo(Rag.GREY);
    }

    @Test
    void anUpdateThatKeepsTheRagNeedsNoReason() {
        progress.post(
                action.id(),
                action.version(),
                new ProgressDraft(LocalDate.now(), "No change yet", Rag.GREY, null),
                null);
        assertThat(progress.updates(action.id())).hasSize(1);
    }

    @Test
    void aPdfIsAcceptedAsEvidenceAndCanBeDownloaded() {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        ProgressUpdateDetails update = progress.post(
                action.id(),
                action.version(),
                new ProgressDraft(LocalDate.now(), "Minutes attached", Rag.GREEN, "Board agreed"),
                new EvidenceUpload("minutes.pdf", pdf));
        assertThat(update.evidenceName()).isEqualTo("minutes.pdf");
        EvidenceDownload download =
                progress.evidence(action.id(), update.evidenceId()).orElseThrow();
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.content()).isEqualTo(pdf);
    }

    @Test
    void aWordDocumentIsRecognisedByItsContent() throws IOException {
        ProgressUpdateDetails update = progress.post(
                action.id(),
                action.version(),
                new ProgressDraft(LocalDate.now(), "Report", Rag.GREY, null),
                new EvidenceUpload("report.bin", zipWith("word/document.xml")));
        assertThat(progress.evidence(action.id(), update.evidenceId())
                        .orElseThrow()
                        .contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void anExecutableRenamedPdfIsRefused() {
        byte[] exe = "MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> progress.post(
                        action.id(),
                        action.version(),
                        new ProgressDraft(LocalDate.now(), "Evidence", Rag.GREY, null),
                        new EvidenceUpload("evidence.pdf", exe)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "\"evidence.pdf\" is not a PDF, Word (DOCX), Excel (XLSX) or image file, whatever its name says");
        assertThat(progress.updates(action.id())).isEmpty();
    }

    @Test
    void evidenceOverTenMegabytesIsRefused() {
        byte[] big = new byte[11 * 1024 * 1024];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        assertThatThrownBy(() -> progress.post(
                        action.id(),
                        action.version(),
                        new ProgressDraft(LocalDate.now(), "Evidence", Rag.GREY, null),
                        new EvidenceUpload("big.pdf", big)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The evidence file is 11 MB; attach at most 10 MB");
    }

    @Test
    void anUpdateCannotBeDatedInTheFuture() {
        assertThatThrownBy(() -> progress.post(
                        action.id(),
                        action.version(),
                        new ProgressDraft(LocalDate.now().plusDays(2), "Later", Rag.GREY, null),
                        null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("An update cannot be dated in the future");
    }

    @Test
    void aParentCarerCannotPostAnUpdate() {
        signedIn.as("kingston.parent");
        assertThatThrownBy(() -> progress.post(
                        action.id(),
                        action.version(),
                        new ProgressDraft(LocalDate.now(), "Parent view", Rag.RED, "Unhappy"),
                        null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void updatesAreFoundByFullTextSearch() {
        progress.post(
                action.id(),
                action.version(),
                new ProgressDraft(LocalDate.now(), "Minibus procurement delayed", Rag.AMBER, "Delay"),
                null);
        ActionFilter search = new ActionFilter(null, null, null, null, null, false, "minibus");
        assertThat(actions.actions(action.planId(), search, 0, 50))
                .extracting(ActionRow::id)
                .containsExactly(action.id());
        ActionFilter none = new ActionFilter(null, null, null, null, null, false, "hydrotherapy");
        assertThat(actions.count(action.planId(), none)).isZero();
    }

    @Test
    void anOverdueMilestoneMarksTheActionOverdue() {
        ActionDraft late = PlanFixtures.withMilestones(
                action.toDraft(),
                List.of(
                        new MilestoneDraft("Consult schools", LocalDate.now().minusDays(3), false),
                        new MilestoneDraft("Publish", LocalDate.now().plusDays(30), false)));
        actions.update(action.id(), action.version(), late);
        ActionFilter overdue = new ActionFilter(null, null, null, null, null, true, null);
        assertThat(actions.actions(action.planId(), overdue, 0, 50))
                .singleElement()
                .extracting(ActionRow::overdue)
                .isEqualTo(true);
        assertThat(actions.action(action.id()).orElseThrow().overdueOn(LocalDate.now()))
                .isTrue();
    }

    private static byte[] zipWith(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}

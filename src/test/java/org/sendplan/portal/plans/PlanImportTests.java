package org.sendplan.portal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.plans.ImportRow.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The council's own plan table comes in whole: every theme, every action, every word. */
@PortalTest
class PlanImportTests {

    static final Path SEED = PlanFixtures.SEED;

    @Autowired
    SignedIn signedIn;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    PlanImportService imports;

    private PlanSummary plan;

    @BeforeEach
    void newPlan() {
        signedIn.as("solihull.officer");
        plan = plans.create(new PlanDraft(
                "SEND & Inclusion Strategy Delivery Plan " + System.nanoTime(),
                org.sendplan.portal.common.FinancialYear.parse("2019/20"),
                org.sendplan.portal.common.FinancialYear.parse("2021/22"),
                null));
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void theSeedTableImportsWithEveryThemeAndEveryAction() throws IOException {
        ImportResult result = imports.importTable(plan.id(), seed());

        assertThat(result.actionsAdded()).isEqualTo(22);
        assertThat(plans.themes(plan.id()))
                .extracting(ThemeDetails::title, ThemeDetails::actionCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Promoting Inclusion", 5L),
                        org.assertj.core.groups.Tuple.tuple(
                                "Getting it Right for Learners with High Needs (School Age)", 2L),
                        org.assertj.core.groups.Tuple.tuple(
                                "Improving health and social care for learners with SEND", 3L),
                        org.assertj.core.groups.Tuple.tuple("Preparing for Adulthood", 3L),
                        org.assertj.core.groups.Tuple.tuple("SEND Transport", 3L),
                        org.assertj.core.groups.Tuple.tuple("Workforce development", 4L),
                        org.assertj.core.groups.Tuple.tuple("Making it Happen", 2L));
        assertThat(plans.plan(plan.id()).orElseThrow().description())
                .isEqualTo("Appendix B: SEND & Inclusion Strategy Delivery Plan: Efficient use of resources");
    }

    @Test
    void savingsAndLeadCellsAreSplitIntoRatingNarrativeLeadAndNote() throws IOException {
        imports.importTable(plan.id(), seed());
        ActionDetails resourcedProvisions = byActivityStart("To establish more resourced provisions");
        assertThat(resourcedProvisions.savingsRating()).isEqualTo(SavingsRating.HIGH);
        assertThat(resourcedProvisions.savingsNarrative())
                .isEqualTo(
                        "An RP place costs approx. £18k, creating space in special schools, "
                                + "which cost up to £27k, who can then accommodate learners going out of County, average of £54k");
        assertThat(resourcedProvisions.lead())
                .isEqualTo("SEND & Inclusion Commissioner plus time of Strategy & Commissioning Manager");
        assertThat(resourcedProvisions.capacityNote())
                .isEqualTo("– additional capacity would increase number of projects that could be worked on");
        ActionDetails earlyYears = byActivityStart("To ensure we are identifying need");
        assertThat(earlyYears.lead()).isEqualTo("IDS 0-5 Manager");
        assertThat(earlyYears.capacityNote()).isEqualTo("IDS 0-5 team in place- no additional capacity required");
        ActionDetails joint = byActivityStart("To agree a Warwickshire joint commissioning plan");
        assertThat(joint.savingsRating()).isEqualTo(SavingsRating.RISK);
        assertThat(joint.benefitsRealisation()).isEqualTo("Now-2 years");
    }

    @Test
    void noTextOfTheSeedTableIsLost() throws IOException {
        imports.importTable(plan.id(), seed());
        List<ActionDetails> saved = actions.allActions(plan.id(), ActionFilter.NONE);
        List<String[]> actionLines = Files.readAllLines(SEED, StandardCharsets.UTF_8).stream()
                .map(line -> line.split("\t", -1))
                .filter(cells -> !cells[0].equals("Activity")
                        && Arrays.stream(cells).filter(c -> !c.isBlank()).count() > 1)
                .toList();
        assertThat(actionLines).hasSize(22);
        for (String[] cells : actionLines) {
            ActionDetails a = saved.stream()
                    .filter(s -> s.activity().equals(cells[0].strip()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("Not imported: " + cells[0]));
            assertThat(a.measure()).isEqualTo(cells[1].strip());
            assertThat(a.expectedChange()).isEqualTo(cells[2].strip());
            assertThat(a.rationale()).isEqualTo(cells[3].strip());
            assertThat(join(a.savingsRating() == null ? null : a.savingsRating().label(), a.savingsNarrative()))
                    .isEqualTo(cells[4].strip());
            assertThat(a.benefitsRealisation()).isEqualTo(cells[5].strip());
            assertThat(join(a.lead(), a.capacityNote())).isEqualTo(cells[6].strip());
            assertThat(Arrays.stream(cells, 7, cells.length)).allMatch(String::isBlank);
        }
    }

    @Test
    void thePreviewWarnsOfSavingsCellsWithoutARatingWord() throws IOException {
        ImportPreview preview = imports.preview(plan.id(), seed());
        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.count(Outcome.NEW)).isEqualTo(22);
        assertThat(preview.themes()).hasSize(7);
        Map<Integer, List<String>> warnings = preview.rows().stream()
                .filter(r -> !r.warnings().isEmpty())
                .collect(Collectors.toMap(ImportRow::lineNumber, ImportRow::warnings));
        assertThat(warnings.get(14)).anyMatch(w -> w.startsWith("savings cell has no rating word"));
        assertThat(warnings.get(44)).anyMatch(w -> w.startsWith("savings cell has no rating word"));
        assertThat(actions.count(plan.id(), ActionFilter.NONE))
                .as("a preview saves nothing")
                .isZero();
    }

    @Test
    void reImportingTheSameTableChangesNothing() throws IOException {
        imports.importTable(plan.id(), seed());
        ImportPreview again = imports.preview(plan.id(), seed());
        assertThat(again.count(Outcome.UNCHANGED)).isEqualTo(22);
        ImportResult result = imports.importTable(plan.id(), seed());
        assertThat(result.actionsAdded()).isZero();
        assertThat(result.actionsUpdated()).isZero();
        assertThat(result.describe()).startsWith("Nothing changed");
        assertThat(actions.count(plan.id(), ActionFilter.NONE)).isEqualTo(22);
    }

    @Test
    void aChangedCellUpdatesTheActionInsteadOfAddingAnother() {
        imports.importTable(
                plan.id(),
                PlanTableUpload.pasted("Activity\tMeasure\nTransport\t\nReview travel training\tLearners trained\n"));
        ImportResult result = imports.importTable(
                plan.id(),
                PlanTableUpload.pasted(
                        "Activity\tMeasure\nTransport\t\nReview travel training\tLearners trained independently\n"));
        assertThat(result.actionsUpdated()).isEqualTo(1);
        assertThat(actions.allActions(plan.id(), ActionFilter.NONE))
                .singleElement()
                .extracting(ActionDetails::measure)
                .isEqualTo("Learners trained independently");
    }

    @Test
    void aBinaryFileRenamedCsvIsRefusedByWhatItIs() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        ImportPreview preview = imports.preview(plan.id(), PlanTableUpload.of("plan.csv", pdf));
        assertThat(preview.fileProblem())
                .isEqualTo("This is a PDF document, not a table. Upload the plan as TSV, CSV or XLSX, or paste it.");
        assertThatThrownBy(() -> imports.importTable(plan.id(), PlanTableUpload.of("plan.csv", pdf)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(plans.themes(plan.id())).isEmpty();
    }

    @Test
    void aFileOverFiveMegabytesIsRefused() {
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        assertThat(imports.preview(plan.id(), PlanTableUpload.of("plan.csv", huge))
                        .fileProblem())
                .isEqualTo("The file is 50 MB; a plan table may be at most 5 MB.");
    }

    @Test
    void aTableWithoutARecognisedHeaderSaysWhatItNeeds() {
        ImportPreview preview =
                imports.preview(plan.id(), PlanTableUpload.pasted("What we will do,Who\nReview things,Me\n"));
        assertThat(preview.fileProblem())
                .startsWith("No header row was found. The table needs a row naming its columns, with at least Activity")
                .endsWith("The first row reads: \"What we will do Who\"");
    }

    @Test
    void aHeaderCanBeMappedByThePersonAndARowSkipped() {
        PlanTableUpload upload = PlanTableUpload.pasted(
                        "Theme,What we will do,Measure\nTransport,Review travel training,Learners\n"
                                + "Transport,Review taxis,Journeys\n")
                .correctedWith(Map.of("What we will do", PlanColumn.ACTIVITY), Set.of(3));
        ImportPreview preview = imports.preview(plan.id(), upload);
        assertThat(preview.rows()).extracting(ImportRow::outcome).containsExactly(Outcome.NEW, Outcome.SKIPPED);
        imports.importTable(plan.id(), upload);
        assertThat(actions.allActions(plan.id(), ActionFilter.NONE))
                .extracting(ActionDetails::activity)
                .containsExactly("Review travel training");
    }

    @Test
    void anUnreadableDateIsARowProblemAndThatRowIsNotSaved() {
        PlanTableUpload upload = PlanTableUpload.pasted(
                "Theme,Activity,Due date\nTransport,Review taxis,next spring\nTransport,Review ITT,31/03/2026\n");
        ImportPreview preview = imports.preview(plan.id(), upload);
        assertThat(preview.rows().getFirst().problems())
                .containsExactly("due date \"next spring\" is not a date like 31/03/2026");
        imports.importTable(plan.id(), upload);
        assertThat(actions.allActions(plan.id(), ActionFilter.NONE))
                .extracting(ActionDetails::activity)
                .containsExactly("Review ITT");
    }

    @Test
    void extraCellsBeyondTheHeaderAreWarnedAbout() {
        ImportPreview preview = imports.preview(
                plan.id(),
                PlanTableUpload.pasted("Activity\tMeasure\nTransport\nReview taxis\tJourneys\tstray note\n"));
        assertThat(preview.rows().getFirst().warnings())
                .containsExactly(
                        "row has more cells than the header; \"stray note\" is beyond the last column and is not imported");
    }

    @Test
    void aBoardMemberCannotImport() throws IOException {
        PlanTableUpload upload = seed();
        signedIn.as("solihull.board");
        assertThatThrownBy(() -> imports.importTable(plan.id(), upload)).isInstanceOf(AccessDeniedException.class);
    }

    static PlanTableUpload seed() throws IOException {
        return PlanFixtures.seed();
    }

    private ActionDetails byActivityStart(String start) {
        return actions.allActions(plan.id(), ActionFilter.NONE).stream()
                .filter(a -> a.activity().startsWith(start))
                .findFirst()
                .orElseThrow();
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second == null ? "" : second;
        }
        return second == null ? first : first + " " + second;
    }
}

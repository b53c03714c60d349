package org.sendplan.portal.returns;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.UiTest;
import org.sendplan.portal.administration.TenantOnboarding;
import org.sendplan.portal.identity.NewAccount;
import org.sendplan.portal.returns.ui.DataCollectionDetailsView;
import org.sendplan.portal.tenancy.NewTenant;
import org.sendplan.portal.tenancy.OrganisationService;
import org.sendplan.portal.tenancy.SchoolPhase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Figures, not timed assertions: the LA's completion view for 500 schools × 20 fields, and an upload
 * of 100,000 figures (5,000 schools × 20 fields). Written to target/benchmarks/returns.txt.
 * Run with {@code ./mvnw verify -Pbenchmark -Dtest=ReturnsBenchmarks}.
 */
@Tag("benchmark")
class ReturnsBenchmarks extends UiTest {

    private static final int FIELDS = 20;

    @Autowired
    TenantOnboarding onboarding;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DataCollectionService collections;

    @Autowired
    ReturnImportService imports;

    private final List<String> lines = new ArrayList<>();

    @Test
    void completionViewAndBulkUpload() throws IOException {
        lines.add("Returns benchmarks, " + Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " processors");
        UUID small = setUp("bench-500", "901", 500);
        List<List<String>> smallTable = table(500, 0);
        imports.importRows(small, smallTable, true);
        signedIn.out();
        signInAndOpen("bench-500.admin", "t/bench-500");
        long start = System.nanoTime();
        UI.getCurrent().navigate("t/bench-500/collections/" + small);
        _get(DataCollectionDetailsView.class);
        record("Completion view, 500 schools × 20 fields (all submitted): figures and page built", start);
        start = System.nanoTime();
        CollectionProgress progress = collections.progress(small);
        record("Completion figures alone (service call), 500 schools", start);
        assertThat(progress.returns()).hasSize(500);

        UUID large = setUp("bench-5000", "902", 5000);
        List<List<String>> table = table(5000, 1);
        start = System.nanoTime();
        ReturnImportPreview preview = imports.preview(large, table, false);
        record("Upload preview, 5,000 schools × 20 fields = 100,000 figures", start);
        assertThat(preview.validRows()).isEqualTo(5000);
        start = System.nanoTime();
        ReturnImportPreview done = imports.importRows(large, table, false);
        record("Upload saved as drafts, 100,000 figures in chunks of " + ReturnImportService.CHUNK + " schools", start);
        assertThat(done.validRows()).isEqualTo(5000);
        start = System.nanoTime();
        imports.importRows(large, table(5000, 2), true);
        record("Upload again, submitting, replacing 100,000 figures", start);

        Path file = Path.of("target", "benchmarks", "returns.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }

    /** A tenant with this many schools and a collection of 20 fields, opened; returns its id, signed in as its administrator. */
    private UUID setUp(String slug, String laCode, int schools) {
        signedIn.as("platform.admin");
        onboarding.onboard(
                new NewTenant("Benchmark " + slug, slug, laCode, null, List.of()),
                new NewAccount(slug + ".admin", "Bench Admin", slug + ".admin@example.org", "demo-password-2026"));
        signedIn.as(slug + ".admin");
        StringBuilder csv = new StringBuilder("URN,Name,Phase,Planning area\n");
        IntStream.range(0, schools)
                .forEach(i -> csv.append(urn(i))
                        .append(",School ")
                        .append(i)
                        .append(",Primary,Area ")
                        .append(i % 12)
                        .append('\n'));
        long start = System.nanoTime();
        organisations.importSchools(csv.toString());
        record("Set-up: " + schools + " schools imported", start);
        List<FieldDefinition> fields = IntStream.range(0, FIELDS)
                .mapToObj(f -> new FieldDefinition(
                        null,
                        "f" + f,
                        "Figure " + f,
                        FieldType.WHOLE_NUMBER,
                        true,
                        BigDecimal.ZERO,
                        null,
                        f == 1 ? "f0" : null,
                        null,
                        null,
                        null))
                .toList();
        DataCollectionDetails created = collections.create(new DataCollectionDraft(
                "Benchmark return",
                "Benchmark",
                ReturnFixture.SPRING,
                Set.of(SchoolPhase.PRIMARY),
                Set.of(),
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(20),
                fields));
        start = System.nanoTime();
        collections.open(created.id(), created.version());
        record("Set-up: collection opened, " + schools + " returns created", start);
        return created.id();
    }

    private static List<List<String>> table(int schools, int shift) {
        List<List<String>> rows = new ArrayList<>();
        List<String> heading = new ArrayList<>(List.of("URN"));
        IntStream.range(0, FIELDS).forEach(f -> heading.add("f" + f));
        rows.add(heading);
        for (int i = 0; i < schools; i++) {
            List<String> row = new ArrayList<>(List.of(urn(i)));
            for (int f = 0; f < FIELDS; f++) {
                row.add(String.valueOf(f == 1 ? 10 + shift : 100 + i % 50 + f + shift));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String urn(int i) {
        return String.valueOf(800000 + i);
    }

    private void record(String what, long startNanos) {
        lines.add(String.format("%-90s %8d ms", what, (System.nanoTime() - startNanos) / 1_000_000));
    }
}

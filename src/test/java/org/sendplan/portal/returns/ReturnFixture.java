package org.sendplan.portal.returns;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.ReportingFrequency;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.tenancy.SchoolPhase;
import org.springframework.stereotype.Component;

/** Opens a collection of its own for a test (its own series, so no other test's figures count as last period's). */
@Component
class ReturnFixture {

    static final ReportingPeriod SPRING = ReportingPeriod.parse(ReportingFrequency.TERMLY, "Spring 2026");

    private final SignedIn signedIn;
    private final DataCollectionService collections;

    ReturnFixture(SignedIn signedIn, DataCollectionService collections) {
        this.signedIn = signedIn;
        this.collections = collections;
    }

    /** Opens a collection of the demo fields for every school of the authority; returns its returns by URN, signed out. */
    CollectionProgress open(String la, String title, ReportingPeriod period, LocalDate deadline) {
        signedIn.as(la + ".officer");
        try {
            DataCollectionDetails created = collections.create(new DataCollectionDraft(
                    title,
                    title,
                    period,
                    Set.of(SchoolPhase.values()),
                    Set.of(),
                    deadline.minusDays(30),
                    deadline,
                    ReturnRulesTests.FIELDS));
            CollectionProgress progress = collections.progress(
                    collections.open(created.id(), created.version()).id());
            return new CollectionProgress(
                    progress.collection(),
                    progress.returns().stream()
                            .sorted(Comparator.comparing(ReturnSummary::urn))
                            .toList(),
                    progress.byArea(),
                    progress.totals());
        } finally {
            signedIn.out();
        }
    }

    CollectionProgress open(String la, String title) {
        return open(la, title, SPRING, LocalDate.now().plusDays(10));
    }

    static Map<String, FieldEntry> answers(String onRoll, String ehcp) {
        return Map.of("on_roll", FieldEntry.of(onRoll), "ehcp", FieldEntry.of(ehcp));
    }

    static List<List<String>> table(String... lines) {
        return Arrays.stream(lines).map(line -> List.of(line.split(",", -1))).toList();
    }
}

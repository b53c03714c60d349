package org.sendplan.portal.kpis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Says what changed in a KPI's definition, in the words of the form: "Amber tolerance: 2 → 3". */
final class DefinitionChanges {

    private DefinitionChanges() {}

    static String between(KpiDraft before, KpiDraft after) {
        List<String> changes = new ArrayList<>();
        field(changes, "Name", before, after, KpiDraft::name);
        field(changes, "Definition", before, after, KpiDraft::definition);
        field(changes, "Unit", before, after, d -> d.unit().label());
        field(changes, "Direction", before, after, d -> d.direction().label());
        field(changes, "Frequency", before, after, d -> d.frequency().label());
        field(
                changes,
                "Baseline",
                before,
                after,
                d -> d.baselineValue() == null ? null : plain(d.baselineValue()) + " in " + d.baselinePeriod());
        field(changes, "Amber tolerance", before, after, d -> plain(d.amberTolerance()));
        field(changes, "Source", before, after, d -> d.source().label());
        field(
                changes,
                "Breakdowns",
                before,
                after,
                d -> d.breakdowns().stream().sorted().map(KpiBreakdown::label).collect(Collectors.joining(", ")));
        field(
                changes,
                "Targets",
                before,
                after,
                d -> d.targets().stream()
                        .map(t -> t.period() + ": " + plain(t.target()))
                        .collect(Collectors.joining(", ")));
        return changes.isEmpty() ? "Saved the definition unchanged" : String.join("; ", changes);
    }

    private static void field(
            List<String> changes, String label, KpiDraft before, KpiDraft after, Function<KpiDraft, String> read) {
        String old = read.apply(before);
        String now = read.apply(after);
        if (!Objects.equals(blankToNull(old), blankToNull(now))) {
            changes.add(label + ": " + (blankToNull(old) == null ? "(empty)" : old) + " → "
                    + (blankToNull(now) == null ? "(empty)" : now));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

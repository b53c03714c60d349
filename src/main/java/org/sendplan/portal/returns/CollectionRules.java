package org.sendplan.portal.returns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.ReportingPeriod;
import org.sendplan.portal.kpis.CollectableKpi;

/** The checks a collection's set-up must pass before it is saved: sound fields, and each KPI fed by the parts it needs. */
final class CollectionRules {

    private CollectionRules() {}

    /** The draft with every field's code filled in, or a refusal naming the first problem. */
    static DataCollectionDraft checked(DataCollectionDraft draft, List<CollectableKpi> kpis) {
        if (!draft.deadline().isAfter(draft.opensOn())) {
            throw new InvalidInputException("deadline", "The deadline must be after the date the collection opens");
        }
        if (draft.fields() == null || draft.fields().isEmpty()) {
            throw new InvalidInputException("fields", "Add at least one field for schools to answer");
        }
        List<FieldDefinition> fields = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (FieldDefinition field : draft.fields()) {
            if (field.label() == null || field.label().isBlank()) {
                throw new InvalidInputException("fields", "Every field needs a label");
            }
            String code = FieldDefinition.codeFor(
                    field.code() == null || field.code().isBlank() ? field.label() : field.code());
            if (code.isEmpty() || !codes.add(code)) {
                throw new InvalidInputException(
                        "fields",
                        "Two fields would have the column heading '" + code + "'; give one a different label or code");
            }
            if (field.type() == null) {
                throw new InvalidInputException(
                        "fields", "Say whether '" + field.label().trim() + "' is a whole number or has decimals");
            }
            if (field.minimum() != null
                    && field.maximum() != null
                    && field.minimum().compareTo(field.maximum()) > 0) {
                throw new InvalidInputException(
                        "fields",
                        "The lowest allowed figure for '" + field.label().trim() + "' is above its highest");
            }
            if (field.changeThresholdPercent() != null
                    && field.changeThresholdPercent().signum() <= 0) {
                throw new InvalidInputException(
                        "fields",
                        "The change that needs a comment on '" + field.label().trim() + "' must be more than 0%");
            }
            fields.add(
                    field.kpiId() != null && field.kpiPart() == null
                            ? field.withCode(code).feeding(field.kpiId(), KpiPart.FIGURE)
                            : field.withCode(code));
        }
        for (FieldDefinition field : fields) {
            if (field.notMoreThan() != null
                    && (!codes.contains(field.notMoreThan())
                            || field.notMoreThan().equals(field.code()))) {
                throw new InvalidInputException(
                        "fields",
                        "'" + field.label().trim() + "' is limited by a field that is not in this collection");
            }
        }
        checkKpis(fields, kpis, draft.period());
        return new DataCollectionDraft(
                draft.title(),
                draft.series(),
                draft.period(),
                draft.phases(),
                draft.planningAreas() == null ? Set.of() : draft.planningAreas(),
                draft.opensOn(),
                draft.deadline(),
                fields);
    }

    private static void checkKpis(List<FieldDefinition> fields, List<CollectableKpi> kpis, ReportingPeriod period) {
        Map<UUID, CollectableKpi> known =
                kpis.stream().collect(Collectors.toMap(CollectableKpi::id, Function.identity()));
        Map<UUID, List<KpiPart>> parts = fields.stream()
                .filter(f -> f.kpiId() != null)
                .collect(Collectors.groupingBy(
                        FieldDefinition::kpiId,
                        Collectors.mapping(
                                f -> f.kpiPart() == null ? KpiPart.FIGURE : f.kpiPart(), Collectors.toList())));
        parts.forEach((kpiId, given) -> {
            CollectableKpi kpi = known.get(kpiId);
            if (kpi == null) {
                throw new InvalidInputException("fields", "A field feeds a KPI that is not collected from schools");
            }
            if (period != null && kpi.frequency() != period.frequency()) {
                throw new InvalidInputException(
                        "fields",
                        "'" + kpi.name() + "' is reported "
                                + kpi.frequency().label().toLowerCase() + ", so a " + period.label()
                                + " return cannot feed it");
            }
            List<KpiPart> needed =
                    kpi.percentage() ? List.of(KpiPart.NUMERATOR, KpiPart.DENOMINATOR) : List.of(KpiPart.FIGURE);
            if (given.size() != needed.size() || !given.containsAll(needed)) {
                throw new InvalidInputException(
                        "fields",
                        kpi.percentage()
                                ? "'" + kpi.name()
                                        + "' is a percentage: feed it from one field as the numerator and one as the denominator"
                                : "'" + kpi.name() + "' takes its figure from exactly one field");
            }
        });
    }
}

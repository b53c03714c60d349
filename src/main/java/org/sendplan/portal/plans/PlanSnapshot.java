package org.sendplan.portal.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A plan's actions frozen as field maps, so versions can be stored once and compared field by field. */
record PlanSnapshot(List<Entry> actions) {

    record Entry(UUID id, String activity, Map<String, String> fields) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static PlanSnapshot of(List<ActionDetails> details) {
        return new PlanSnapshot(details.stream().map(PlanSnapshot::entryOf).toList());
    }

    static PlanSnapshot fromJson(String json) {
        return new PlanSnapshot(JSON.readValue(json, new TypeReference<List<Entry>>() {}));
    }

    String toJson() {
        return JSON.writeValueAsString(actions);
    }

    VersionComparison compareTo(PlanSnapshot later, String fromLabel, String toLabel) {
        Map<UUID, Entry> before = byId(actions);
        Map<UUID, Entry> after = byId(later.actions);
        List<String> added = later.actions.stream()
                .filter(e -> !before.containsKey(e.id()))
                .map(Entry::activity)
                .toList();
        List<String> removed = actions.stream()
                .filter(e -> !after.containsKey(e.id()))
                .map(Entry::activity)
                .toList();
        List<VersionComparison.FieldChange> changed = new ArrayList<>();
        for (Entry now : later.actions) {
            Entry then = before.get(now.id());
            if (then == null) {
                continue;
            }
            for (Map.Entry<String, String> field : now.fields().entrySet()) {
                String old = then.fields().get(field.getKey());
                if (!Objects.equals(old, field.getValue())) {
                    changed.add(
                            new VersionComparison.FieldChange(now.activity(), field.getKey(), old, field.getValue()));
                }
            }
        }
        return new VersionComparison(fromLabel, toLabel, added, removed, changed);
    }

    private static Entry entryOf(ActionDetails a) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Theme", a.themeTitle());
        fields.put("Activity", a.activity());
        fields.put("Measure", a.measure());
        fields.put("Expected change", a.expectedChange());
        fields.put("Rationale", a.rationale());
        fields.put(
                "Savings rating",
                a.savingsRating() == null ? null : a.savingsRating().label());
        fields.put("Savings", a.savingsNarrative());
        fields.put("Benefits realisation", a.benefitsRealisation());
        fields.put("Lead", a.lead());
        fields.put("Capacity note", a.capacityNote());
        fields.put("Owner", a.ownerName());
        fields.put("Due date", a.dueDate() == null ? null : a.dueDate().toString());
        fields.put("Status", a.status().label());
        fields.put("RAG", a.rag().label());
        return new Entry(a.id(), a.activity(), fields);
    }

    private static Map<UUID, Entry> byId(List<Entry> entries) {
        Map<UUID, Entry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.id(), e));
        return map;
    }
}

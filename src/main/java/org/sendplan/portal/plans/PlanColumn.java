package org.sendplan.portal.plans;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns a plan table may have, with the header words that name each. */
public enum PlanColumn {
    THEME("Theme", "theme"),
    ACTIVITY("Activity", "activity", "action"),
    MEASURE("Measure", "measure", "measures"),
    EXPECTED_CHANGE("Expected change", "expectedchange"),
    RATIONALE("Rationale", "rationale"),
    SAVINGS_RATING("Savings rating", "savingsrating"),
    SAVINGS("Savings", "savings"),
    BENEFITS_REALISATION("Benefits realisation", "benefitsrealisation", "benefitsrealization"),
    LEAD("Lead (including capacity/resource)", "lead", "leadincludingcapacityresource"),
    CAPACITY_NOTE("Capacity note", "capacitynote", "capacity"),
    OWNER("Owner", "owner"),
    DUE_DATE("Due date", "duedate"),
    STATUS("Status", "status"),
    RAG("RAG", "rag"),
    IGNORE("(do not import)");

    private final String header;
    private final List<String> names;

    PlanColumn(String header, String... names) {
        this.header = header;
        this.names = List.of(names);
    }

    /** The header an exported table uses for this column. */
    public String header() {
        return header;
    }

    /** Recognises a header cell, ignoring case, spaces and punctuation. */
    public static Optional<PlanColumn> fromHeader(String text) {
        String key = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return Arrays.stream(values()).filter(c -> c.names.contains(key)).findFirst();
    }
}

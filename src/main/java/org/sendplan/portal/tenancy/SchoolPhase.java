package org.sendplan.portal.tenancy;

import java.util.Arrays;
import java.util.Optional;

/** School phases as Get Information About Schools names them. */
public enum SchoolPhase {
    NURSERY("Nursery"),
    PRIMARY("Primary"),
    MIDDLE("Middle"),
    SECONDARY("Secondary"),
    ALL_THROUGH("All-through"),
    SPECIAL("Special"),
    ALTERNATIVE_PROVISION("Alternative provision"),
    POST_16("16 plus");

    private final String label;

    SchoolPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the label, the constant name, or common spellings ("all through", "16+", "AP"). */
    public static Optional<SchoolPhase> parse(String text) {
        String wanted = normalise(text);
        if (wanted.equals("ap") || wanted.equals("pru")) {
            return Optional.of(ALTERNATIVE_PROVISION);
        }
        if (wanted.equals("16+") || wanted.equals("post16")) {
            return Optional.of(POST_16);
        }
        return Arrays.stream(values())
                .filter(p ->
                        normalise(p.label).equals(wanted) || normalise(p.name()).equals(wanted))
                .findFirst();
    }

    private static String normalise(String s) {
        return s == null ? "" : s.trim().toLowerCase().replaceAll("[\\s_-]+", "");
    }
}

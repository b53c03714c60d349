package org.sendplan.portal.plans;

import java.util.Arrays;
import java.util.Optional;

/** The savings column's rating word, as delivery plans write it before their narrative. */
public enum SavingsRating {
    NONE("None"),
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    RISK("Risk");

    private final String label;

    SavingsRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SavingsRating> fromWord(String word) {
        return Arrays.stream(values())
                .filter(r -> r.label.equalsIgnoreCase(word == null ? "" : word.trim()))
                .findFirst();
    }
}

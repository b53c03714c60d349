package org.sendplan.portal.finance;

import java.io.Serializable;

/** How long an item is funded: one-off for a number of years, or ongoing (no end year). */
public record ItemDuration(Integer oneOffYears) implements Serializable {

    public static final ItemDuration ONGOING = new ItemDuration(null);

    public static ItemDuration oneOff(int years) {
        return new ItemDuration(years);
    }

    public boolean ongoing() {
        return oneOffYears == null;
    }

    public String label() {
        return ongoing() ? "Ongoing" : "One-off for " + oneOffYears + (oneOffYears == 1 ? " year" : " years");
    }
}

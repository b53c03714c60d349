package org.sendplan.portal.participation;

import java.util.UUID;

/** A change to a plan that something said led to: one of its actions or one of its approved versions. */
public record WeDid(UUID actionId, String activity, Integer versionNumber) {

    public static WeDid action(UUID actionId, String activity) {
        return new WeDid(actionId, activity, null);
    }

    public static WeDid version(int number) {
        return new WeDid(null, null, number);
    }

    /** The change in words, as lists and links show it. */
    public String title() {
        return actionId != null ? "The action \"" + activity + "\"" : "Version " + versionNumber + " of the plan";
    }
}

package org.sendplan.portal.returns;

import java.io.Serializable;

/**
 * A school's answer to one field as typed: a figure, or "not applicable" with the reason, and a
 * comment (required when the figure moves a lot from last period).
 */
public record FieldEntry(String value, boolean notApplicable, String reason, String comment) implements Serializable {

    public static final FieldEntry EMPTY = new FieldEntry("", false, "", "");

    public static FieldEntry of(String value) {
        return new FieldEntry(value, false, "", "");
    }

    public static FieldEntry notApplicable(String reason) {
        return new FieldEntry("", true, reason, "");
    }

    public FieldEntry withComment(String text) {
        return new FieldEntry(value, notApplicable, reason, text);
    }

    public boolean blank() {
        return !notApplicable && (value == null || value.isBlank());
    }
}

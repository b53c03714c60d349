package org.sendplan.portal.returns;

/** What a return field holds: a count of pupils or a figure with decimals (money, hours, days). */
public enum FieldType {
    WHOLE_NUMBER("Whole number"),
    DECIMAL("Number with decimals");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

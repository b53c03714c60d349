package org.sendplan.portal.returns;

/** The part of a KPI a field supplies: a percentage KPI rolls up from summed numerators and denominators. */
public enum KpiPart {
    FIGURE("The figure"),
    NUMERATOR("Numerator (the part)"),
    DENOMINATOR("Denominator (the whole)");

    private final String label;

    KpiPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.sendplan.portal.tenancy;

public enum OrganisationKind {
    SCHOOL("School or setting"),
    PARENT_CARER_FORUM("Parent carer forum"),
    BOARD("Board"),
    HEALTH_PARTNER("Health partner"),
    LA_TEAM("Local authority team");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

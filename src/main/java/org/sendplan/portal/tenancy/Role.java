package org.sendplan.portal.tenancy;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the product brief. Names match Keycloak realm roles; authorities are ROLE_ + upper case. */
public enum Role {
    PLATFORM_ADMIN("platform_admin", "Platform administrator", false),
    TENANT_ADMIN("tenant_admin", "Tenant administrator", true),
    LA_OFFICER("la_officer", "LA officer", true),
    FINANCE_OFFICER("finance_officer", "Finance officer", true),
    BOARD_MEMBER("board_member", "Board member", true),
    PARENT_CARER("parent_carer", "Parent carer", true),
    FORUM_LEAD("forum_lead", "Parent carer forum lead", true),
    SCHOOL_EDITOR("school_editor", "School editor", false),
    /** A duty added to another role: works the queue of reported comments, as tenant administrators do. */
    MODERATOR("moderator", "Moderator", true);

    private final String code;
    private final String label;
    private final boolean tenantWide;

    Role(String code, String label, boolean tenantWide) {
        this.code = code;
        this.label = label;
        this.tenantWide = tenantWide;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Tenant-wide roles see the whole local authority; a school editor sees only their own school(s). */
    public boolean tenantWide() {
        return tenantWide;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values())
                .filter(r -> r.code.equalsIgnoreCase(code.trim()))
                .findFirst();
    }
}

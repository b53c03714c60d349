package org.sendplan.portal.tenancy;

public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}

package org.sendplan.portal.tenancy;

/** Tenant-level counts everyone in the tenant may see, school editors included. */
public record AreaSummary(long schools, long planningAreas) {}

package org.sendplan.portal.tenancy;

import java.util.List;
import java.util.UUID;

public record TenantSummary(
        UUID id,
        String slug,
        String name,
        String laCode,
        String region,
        List<String> statisticalNeighbours,
        TenantStatus status,
        long version)
        implements java.io.Serializable {

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}

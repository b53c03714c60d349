package org.sendplan.portal.plans;

import java.util.UUID;
import org.sendplan.portal.common.TenantAddress;

/** Bookmarkable addresses of plan screens, for other modules that link to an action or a plan. */
public final class PlanAddresses {

    private PlanAddresses() {}

    public static String plans(String tenant) {
        return TenantAddress.of(tenant, "plans");
    }

    public static String plan(String tenant, UUID planId) {
        return plans(tenant) + "/" + planId;
    }

    public static String action(String tenant, UUID planId, UUID actionId) {
        return plan(tenant, planId) + "/actions/" + actionId;
    }

    public static String version(String tenant, UUID planId, int number) {
        return plan(tenant, planId) + "/versions/" + number;
    }
}

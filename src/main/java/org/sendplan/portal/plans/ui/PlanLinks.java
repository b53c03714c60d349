package org.sendplan.portal.plans.ui;

import java.util.UUID;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.PlanAddresses;

/** Bookmarkable addresses of plan screens in the signed-in person's tenant. */
final class PlanLinks {

    private PlanLinks() {}

    static String tenant(CurrentUser currentUser) {
        return currentUser.tenantSlug();
    }

    static String plans(String tenant) {
        return PlanAddresses.plans(tenant);
    }

    static String plan(String tenant, UUID planId) {
        return PlanAddresses.plan(tenant, planId);
    }

    static String action(String tenant, UUID planId, UUID actionId) {
        return PlanAddresses.action(tenant, planId, actionId);
    }

    static String version(String tenant, UUID planId, int number) {
        return PlanAddresses.version(tenant, planId, number);
    }

    static java.util.Optional<UUID> parse(String text) {
        try {
            return java.util.Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}

package org.sendplan.portal.participation.ui;

import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.plans.PlanAddresses;

/** Bookmarkable addresses of the co-production screens in the signed-in person's tenant. */
final class ParticipationLinks {

    private ParticipationLinks() {}

    static String tenant(CurrentUser currentUser) {
        return currentUser.tenantSlug();
    }

    static String proposals(String tenant) {
        return TenantAddress.of(tenant, "proposals");
    }

    static String proposal(String tenant, UUID proposalId) {
        return proposals(tenant) + "/" + proposalId;
    }

    static String consultation(String tenant, UUID planId) {
        return PlanAddresses.plan(tenant, planId) + "/consultation";
    }

    static String youSaidWeDid(String tenant, UUID planId) {
        return PlanAddresses.plan(tenant, planId) + "/you-said-we-did";
    }

    static String plan(String tenant, UUID planId) {
        return PlanAddresses.plan(tenant, planId);
    }

    static String action(String tenant, UUID planId, UUID actionId) {
        return PlanAddresses.action(tenant, planId, actionId);
    }

    static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

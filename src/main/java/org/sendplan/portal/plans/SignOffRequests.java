package org.sendplan.portal.plans;

import java.util.Set;
import org.sendplan.portal.notifications.NotificationRequest;
import org.sendplan.portal.notifications.NotificationType;
import org.sendplan.portal.notifications.Notifications;
import org.sendplan.portal.tenancy.MembershipService;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantService;
import org.sendplan.portal.tenancy.TenantSummary;
import org.springframework.stereotype.Component;

/** Asks the parent carer forum's leads for the forum's position when a plan version goes out for consultation. */
@Component
class SignOffRequests {

    private final Notifications notifications;
    private final MembershipService memberships;
    private final TenantService tenants;

    SignOffRequests(Notifications notifications, MembershipService memberships, TenantService tenants) {
        this.notifications = notifications;
        this.memberships = memberships;
        this.tenants = tenants;
    }

    /** Once per version: a plan sent back to draft and out again asks again only for a new version. */
    void outForConsultation(PlanSummary plan) {
        String slug = TenantContext.currentTenantId()
                .flatMap(tenants::find)
                .map(TenantSummary::slug)
                .orElseThrow();
        notifications.notify(NotificationRequest.of(
                        memberships.peopleWith(Set.of(Role.FORUM_LEAD)),
                        NotificationType.SIGN_OFF_REQUESTED,
                        "Version " + plan.nextVersionNumber() + " of \"" + plan.title()
                                + "\" is out for consultation: record the parent carer "
                                + "forum's position before the board approves it",
                        PlanAddresses.plan(slug, plan.id()))
                .once("sign-off:" + plan.id() + ":" + plan.nextVersionNumber()));
    }
}

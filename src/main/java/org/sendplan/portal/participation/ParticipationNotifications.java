package org.sendplan.portal.participation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.PortalTime;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.notifications.NotificationRequest;
import org.sendplan.portal.notifications.NotificationType;
import org.sendplan.portal.notifications.Notifications;
import org.sendplan.portal.participation.internal.Consultation;
import org.sendplan.portal.participation.internal.Consultations;
import org.sendplan.portal.participation.internal.ForumSignOffs;
import org.sendplan.portal.participation.internal.Proposal;
import org.sendplan.portal.participation.internal.ProposalSupports;
import org.sendplan.portal.plans.PlanAddresses;
import org.sendplan.portal.plans.PlanService;
import org.sendplan.portal.plans.PlanStatus;
import org.sendplan.portal.plans.PlanSummary;
import org.sendplan.portal.tenancy.MembershipService;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.sendplan.portal.tenancy.TenantService;
import org.sendplan.portal.tenancy.TenantSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells people about co-production: the proposer (and, for a final outcome, the supporters) when the LA
 * responds to a proposal; and once a day, per tenant in its own scope, the plan's partners when a
 * consultation opens, is about to close and has closed, and the forum leads when a consultation closes
 * with no forum position recorded, so the board would decide without one. Each once, however often it runs.
 */
@Component
class ParticipationNotifications {

    /** The people a consultation is for: partners who read a plan once it is out, and the board. */
    static final Set<Role> CONSULTED =
            EnumSet.of(Role.PARENT_CARER, Role.FORUM_LEAD, Role.SCHOOL_EDITOR, Role.BOARD_MEMBER);

    static final int CLOSING_WITHIN_DAYS = 3;
    /** How long after closing the job still reports it, so old consultations are not announced when it first runs. */
    private static final int CLOSED_NEWS_DAYS = 7;

    private static final Logger log = LoggerFactory.getLogger(ParticipationNotifications.class);

    private final Notifications notifications;
    private final MembershipService memberships;
    private final TenantService tenants;
    private final PlanService plans;
    private final Consultations consultations;
    private final ForumSignOffs signOffs;
    private final ProposalSupports supports;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    ParticipationNotifications(
            Notifications notifications,
            MembershipService memberships,
            TenantService tenants,
            PlanService plans,
            Consultations consultations,
            ForumSignOffs signOffs,
            ProposalSupports supports,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.notifications = notifications;
        this.memberships = memberships;
        this.tenants = tenants;
        this.plans = plans;
        this.consultations = consultations;
        this.signOffs = signOffs;
        this.supports = supports;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Every response reaches the proposer as a response to their proposal; a final outcome also reaches its
     * supporters, as a decision on what they backed.
     */
    void responded(Proposal proposal, ProposalOutcome outcome, UUID responderId) {
        String link = TenantAddress.of(slug(), "proposals", proposal.id());
        String summary =
                "The local authority's response to the proposal \"" + proposal.title() + "\": " + outcome.label();
        if (!proposal.proposerId().equals(responderId)) {
            notifications.notify(NotificationRequest.of(
                    Set.of(proposal.proposerId()), NotificationType.PROPOSAL_RESPONSE, summary, link));
        }
        if (outcome != ProposalOutcome.UNDER_CONSIDERATION) {
            Set<UUID> supporters = new HashSet<>(supports.supporters(proposal.id()));
            supporters.remove(proposal.proposerId());
            supporters.remove(responderId);
            notifications.notify(
                    NotificationRequest.of(supporters, NotificationType.DECISION_ON_WHAT_I_RAISED, summary, link));
        }
    }

    /** At once when the window is already open; otherwise the daily job tells them on its opening day. */
    void opened(Consultation consultation, PlanSummary plan) {
        if (!today().isBefore(consultation.opensOn())) {
            notifications.notify(openedRequest(consultation, plan, slug(), memberships.peopleWith(CONSULTED)));
        }
    }

    @Scheduled(cron = "${portal.participation.consultation-cron:0 45 6 * * *}", zone = "Europe/London")
    void tellAll() {
        LocalDate today = today();
        for (TenantSummary tenant : tenants.activeTenants()) {
            try {
                tell(tenant, today);
            } catch (RuntimeException e) {
                log.error("Consultation notifications for tenant {} failed", tenant.slug(), e);
            }
        }
    }

    void tell(TenantSummary tenant, LocalDate today) {
        TenantContext.runAs(TenantScope.ofTenant(tenant.id()), () -> {
            List<NotificationRequest> requests = readOnly.execute(status -> windowRequests(tenant.slug(), today));
            requests.forEach(notifications::notify);
        });
    }

    private List<NotificationRequest> windowRequests(String slug, LocalDate today) {
        List<Consultation> current =
                consultations.findByClosesOnGreaterThanEqual(today.minusDays(CLOSED_NEWS_DAYS)).stream()
                        .filter(c -> !today.isBefore(c.opensOn()))
                        .toList();
        if (current.isEmpty()) {
            return List.of();
        }
        Map<UUID, PlanSummary> planned =
                plans.summariesOf(current.stream().map(Consultation::planId).toList());
        Set<UUID> consulted = memberships.peopleWith(CONSULTED);
        List<NotificationRequest> requests = new ArrayList<>();
        for (Consultation c : current) {
            PlanSummary plan = planned.get(c.planId());
            if (plan == null || !plan.status().openToPartners()) {
                continue;
            }
            String link = link(slug, plan);
            String name = "version " + c.versionNumber() + " of \"" + plan.title() + "\"";
            long daysLeft = ChronoUnit.DAYS.between(today, c.closesOn());
            if (daysLeft >= 0) {
                requests.add(openedRequest(c, plan, slug, consulted));
                if (daysLeft <= CLOSING_WITHIN_DAYS) {
                    requests.add(NotificationRequest.of(
                                    consulted,
                                    NotificationType.CONSULTATION_CLOSING,
                                    "The consultation on " + name + " closes on "
                                            + DisplayFormats.LONG_DAY.format(c.closesOn()) + ": answer by then",
                                    link)
                            .once(key(c, "closing")));
                }
                continue;
            }
            requests.add(NotificationRequest.of(
                            consulted,
                            NotificationType.CONSULTATION_CLOSED,
                            "The consultation on " + name + " closed on "
                                    + DisplayFormats.LONG_DAY.format(c.closesOn()),
                            link)
                    .once(key(c, "closed")));
            if (plan.status() == PlanStatus.CONSULTATION
                    && signOffs.findByPlanIdAndVersionNumber(c.planId(), c.versionNumber())
                            .isEmpty()) {
                requests.add(NotificationRequest.of(
                                memberships.peopleWith(Set.of(Role.FORUM_LEAD)),
                                NotificationType.SIGN_OFF_REQUESTED,
                                "The consultation on " + name
                                        + " has closed and the board will decide next: the parent carer forum has not "
                                        + "recorded its position",
                                PlanAddresses.plan(slug, plan.id()))
                        .once(key(c, "closed-without-position")));
            }
        }
        return requests;
    }

    private static NotificationRequest openedRequest(
            Consultation c, PlanSummary plan, String slug, Set<UUID> consulted) {
        return NotificationRequest.of(
                        consulted,
                        NotificationType.CONSULTATION_OPENED,
                        "A consultation on version " + c.versionNumber() + " of \"" + plan.title() + "\" is open until "
                                + DisplayFormats.LONG_DAY.format(c.closesOn()),
                        link(slug, plan))
                .once(key(c, "opened"));
    }

    private static String link(String slug, PlanSummary plan) {
        return PlanAddresses.plan(slug, plan.id()) + "/consultation";
    }

    private static String key(Consultation c, String what) {
        return "consultation:" + c.id() + ":" + what;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PortalTime.LONDON));
    }

    private String slug() {
        return TenantContext.currentTenantId()
                .flatMap(tenants::find)
                .map(TenantSummary::slug)
                .orElseThrow();
    }
}

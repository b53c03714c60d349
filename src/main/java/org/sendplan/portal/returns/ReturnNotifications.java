package org.sendplan.portal.returns;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.TenantAddress;
import org.sendplan.portal.notifications.NotificationRequest;
import org.sendplan.portal.notifications.NotificationType;
import org.sendplan.portal.notifications.Notifications;
import org.sendplan.portal.returns.internal.DataCollection;
import org.sendplan.portal.returns.internal.DataCollections;
import org.sendplan.portal.returns.internal.SchoolReturn;
import org.sendplan.portal.returns.internal.SchoolReturns;
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
 * Tells a school's editors when the LA queries or reopens their return, and once a day, per tenant in
 * its own scope, when a return is due within a week or overdue (each once per return, however often it runs).
 */
@Component
class ReturnNotifications {

    private static final Logger log = LoggerFactory.getLogger(ReturnNotifications.class);

    private final Notifications notifications;
    private final MembershipService memberships;
    private final TenantService tenants;
    private final DataCollections collections;
    private final SchoolReturns returns;
    private final TransactionTemplate readOnly;

    ReturnNotifications(
            Notifications notifications,
            MembershipService memberships,
            TenantService tenants,
            DataCollections collections,
            SchoolReturns returns,
            PlatformTransactionManager transactions) {
        this.notifications = notifications;
        this.memberships = memberships;
        this.tenants = tenants;
        this.collections = collections;
        this.returns = returns;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    void queried(SchoolReturn r, DataCollection collection) {
        Set<UUID> editors =
                memberships.peopleOf(List.of(r.schoolId()), Role.SCHOOL_EDITOR).getOrDefault(r.schoolId(), Set.of());
        String slug = TenantContext.currentTenantId()
                .flatMap(tenants::find)
                .map(TenantSummary::slug)
                .orElseThrow();
        notifications.notify(NotificationRequest.of(
                editors,
                NotificationType.RETURN_QUERIED,
                "The local authority has questions about your return \""
                        + collection.toDetails().title() + "\" ("
                        + collection.period().label() + ")",
                TenantAddress.of(slug, "returns", r.id())));
    }

    @Scheduled(cron = "${portal.returns.reminder-cron:0 30 6 * * *}", zone = "Europe/London")
    void remindAll() {
        for (TenantSummary tenant : tenants.activeTenants()) {
            try {
                remind(tenant, ReturnHandling.today());
            } catch (RuntimeException e) {
                log.error("Return reminders for tenant {} failed", tenant.slug(), e);
            }
        }
    }

    /** Digest items for returns with the school that are due within a week or overdue on the given day. */
    void remind(TenantSummary tenant, LocalDate today) {
        TenantContext.runAs(TenantScope.ofTenant(tenant.id()), () -> {
            List<NotificationRequest> requests = readOnly.execute(status -> dueRequests(tenant, today));
            requests.forEach(notifications::notify);
        });
    }

    private List<NotificationRequest> dueRequests(TenantSummary tenant, LocalDate today) {
        List<NotificationRequest> requests = new ArrayList<>();
        for (DataCollection collection : collections.findAllByOrderByDeadlineDescTitleAsc()) {
            if (collection.status() != CollectionStatus.OPEN
                    || today.isBefore(collection.opensOn())
                    || ChronoUnit.DAYS.between(today, collection.deadline()) > 7) {
                continue;
            }
            List<SchoolReturn> due = returns.findByCollectionId(collection.id()).stream()
                    .filter(r -> r.status().editable())
                    .toList();
            Map<UUID, Set<UUID>> editors = memberships.peopleOf(
                    due.stream().map(SchoolReturn::schoolId).toList(), Role.SCHOOL_EDITOR);
            boolean overdue = today.isAfter(collection.deadline());
            String title =
                    collection.toDetails().title() + " (" + collection.period().label() + ")";
            String summary = overdue
                    ? "Your return \"" + title + "\" is overdue: the deadline was "
                            + collection.deadline().format(DisplayFormats.LONG_DAY)
                    : "Your return \"" + title + "\" is due by "
                            + collection.deadline().format(DisplayFormats.LONG_DAY);
            for (SchoolReturn r : due) {
                Set<UUID> people = editors.getOrDefault(r.schoolId(), Set.of());
                if (!people.isEmpty()) {
                    requests.add(NotificationRequest.of(
                                    people,
                                    NotificationType.RETURN_DUE,
                                    summary,
                                    TenantAddress.of(tenant.slug(), "returns", r.id()))
                            .once("return:" + r.id() + (overdue ? ":overdue" : ":due-soon")));
                }
            }
        }
        return requests;
    }
}

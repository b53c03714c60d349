package org.sendplan.portal.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.identity.internal.SecurityEvent;
import org.sendplan.portal.identity.internal.SecurityEvents;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The sign-in log: who signed in, failed, signed out or was refused, when, where from, in which tenant. */
@Service
@Transactional(readOnly = true)
public class SecurityEventLog {

    private static final Logger log = LoggerFactory.getLogger(SecurityEventLog.class);
    private static final int SHOWN = 500;

    private final SecurityEvents events;
    private final TransactionTemplate ownTransaction;

    SecurityEventLog(SecurityEvents events, PlatformTransactionManager transactions) {
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records one event in each tenant it concerns (a person's failed sign-in shows in every tenant they
     * belong to), or as a platform event when none. Each line commits on its own, so a refused request
     * still leaves its trace.
     */
    public void record(
            SecurityEventKind kind, String username, UUID personId, Collection<UUID> tenantIds, String detail) {
        String address = sourceAddress();
        List<UUID> targets = tenantIds.isEmpty() ? Collections.singletonList(null) : new ArrayList<>(tenantIds);
        for (UUID tenantId : targets) {
            TenantContext.runAs(
                    new TenantScope(tenantId, personId),
                    () -> ownTransaction.executeWithoutResult(status ->
                            events.save(new SecurityEvent(tenantId, kind, username, personId, address, detail))));
        }
        log.info(
                "security event {} user={} tenants={} from={} {}",
                kind,
                username,
                tenantIds,
                address,
                detail == null ? "" : detail);
    }

    /** An event of a signed-in person, logged in the tenant they are working in (or the platform's log). */
    public void record(SecurityEventKind kind, SignedInUser user, String detail) {
        record(
                kind,
                user.username(),
                user.personId(),
                user.currentTenant().map(t -> List.of(t.id())).orElse(List.of()),
                detail);
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public List<SecurityEventRecord> recentInCurrentTenant() {
        UUID tenantId = TenantContext.currentTenantId().orElseThrow();
        return events.findByTenantIdOrderByOccurredAtDesc(tenantId, Limit.of(SHOWN)).stream()
                .map(SecurityEvent::toRecord)
                .toList();
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public List<SecurityEventRecord> recentPlatformEvents() {
        return events.findByTenantIdIsNullOrderByOccurredAtDesc(Limit.of(SHOWN)).stream()
                .map(SecurityEvent::toRecord)
                .toList();
    }

    private static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}

package org.sendplan.portal.tenancy;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tenant the current unit of work runs for. Requests take it from the signed-in user; background
 * work, push callbacks and sign-in itself set it explicitly with {@link #callAs}.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantScope> EXPLICIT = new ThreadLocal<>();

    private TenantContext() {}

    public static TenantScope current() {
        TenantScope explicit = EXPLICIT.get();
        if (explicit != null) {
            return explicit;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof TenantScoped scoped) {
            return scoped.tenantScope();
        }
        return TenantScope.NONE;
    }

    /**
     * The organisations the signed-in person is limited to (a school editor's own schools), or empty
     * when they may see the whole tenant. Background work runs with the whole tenant.
     */
    public static Optional<Set<UUID>> organisationLimit() {
        if (EXPLICIT.get() == null
                && SecurityContextHolder.getContext().getAuthentication() instanceof TenantScoped scoped
                && scoped.limitedToOwnOrganisations()) {
            return Optional.of(scoped.organisationIds());
        }
        return Optional.empty();
    }

    public static Optional<UUID> currentTenantId() {
        return Optional.ofNullable(current().tenantId());
    }

    public static <T> T callAs(TenantScope scope, Callable<T> work) {
        TenantScope previous = EXPLICIT.get();
        EXPLICIT.set(scope);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }

    public static void runAs(TenantScope scope, Runnable work) {
        callAs(scope, () -> {
            work.run();
            return null;
        });
    }
}

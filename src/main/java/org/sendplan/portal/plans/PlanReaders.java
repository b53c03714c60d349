package org.sendplan.portal.plans;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendplan.portal.tenancy.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is doing plan work now, and what they may read: staff and the board see drafts, partners
 * (parent carers, schools) only plans that have gone out for consultation or beyond.
 */
@Component
class PlanReaders {

    private static final Set<Role> SEE_DRAFTS =
            EnumSet.of(Role.LA_OFFICER, Role.BOARD_MEMBER, Role.TENANT_ADMIN, Role.FINANCE_OFFICER);

    /**
     * The roles of whoever is at work, from their granted authorities: a signed-in person, or the
     * demo-data runner, which works with authorities only.
     */
    Set<Role> roles() {
        Authentication authentication = authentication();
        return Arrays.stream(Role.values())
                .filter(role -> authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(role.authority())))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    boolean seesDrafts() {
        return roles().stream().anyMatch(SEE_DRAFTS::contains);
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new AccessDeniedException("Sign in to work on plans");
        }
        return authentication;
    }

    boolean mayRead(PlanStatus status) {
        return status.openToPartners() || seesDrafts();
    }

    void checkMayRead(PlanStatus status) {
        if (!mayRead(status)) {
            throw new AccessDeniedException("This plan is a draft; partners read it once it goes out for consultation");
        }
    }
}

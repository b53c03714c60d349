package org.sendplan.portal.plans;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignInService;
import org.sendplan.portal.tenancy.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is doing plan work now, and what they may read: staff and the board see drafts, partners
 * (parent carers, schools) only plans that have gone out for consultation or beyond.
 */
@Component
class PlanReaders {

    private static final Set<Role> SEE_DRAFTS = EnumSet.of(Role.LA_OFFICER, Role.BOARD_MEMBER, Role.TENANT_ADMIN, Role.FINANCE_OFFICER);

    private final SignInService signIn;

    PlanReaders(SignInService signIn) {
        this.signIn = signIn;
    }

    CurrentUser user() {
        return signIn.currentUser().orElseThrow(() -> new AccessDeniedException("Sign in to work on plans"));
    }

    String name() {
        return user().displayName();
    }

    UUID personId() {
        return user().personId();
    }

    boolean seesDrafts() {
        return user().roles().stream().anyMatch(SEE_DRAFTS::contains);
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

package org.sendplan.portal.comments;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sendplan.portal.identity.AccountService;
import org.sendplan.portal.identity.AccountSummary;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignedInUser;
import org.sendplan.portal.tenancy.MembershipService;
import org.sendplan.portal.tenancy.Role;
import org.springframework.stereotype.Component;

/** Whether someone moderates, the time comments go by, and the members of the tenant they may mention. */
@Component
class CommentPeople {
    private final MembershipService memberships;
    private final AccountService accounts;
    private final Clock clock;
    private final CurrentUser currentUser;

    CommentPeople(MembershipService memberships, AccountService accounts, Clock clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.memberships = memberships;
        this.accounts = accounts;
        this.clock = clock;
    }

    boolean moderates(SignedInUser user) {
        return user.hasRole(Role.TENANT_ADMIN) || user.hasRole(Role.MODERATOR);
    }

    Viewer viewer() {
        SignedInUser user = currentUser.requireInTenant();
        return new Viewer(user.personId(), moderates(user), now());
    }

    Instant now() {
        return clock.instant();
    }

    Clock clock() {
        return clock;
    }

    /** Display name to person id, for every member of the current tenant. */
    Map<String, UUID> members() {
        Map<String, UUID> byName = new LinkedHashMap<>();
        accounts.accountsByIds(memberships.memberPersonIds()).values().stream()
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
                .forEach(account -> byName.putIfAbsent(account.displayName(), account.id()));
        return byName;
    }

    Optional<String> nameOf(UUID personId) {
        return Optional.ofNullable(accounts.accountsByIds(Set.of(personId)).get(personId))
                .map(AccountSummary::displayName);
    }

    record Viewer(UUID personId, boolean moderator, Instant now) {}
}

package org.sendplan.portal.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.common.PortalTime;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.notifications.internal.NotificationPreference;
import org.sendplan.portal.notifications.internal.NotificationPreferences;
import org.sendplan.portal.notifications.internal.UnsubscribeTokens;
import org.sendplan.portal.tenancy.TenantContext;
import org.sendplan.portal.tenancy.TenantScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each person's choice, per type, of how notifications reach them by e-mail in the current tenant; and
 * the signed-out unsubscribe that an e-mail's link or one-click header carries.
 */
@Service
@Transactional(readOnly = true)
public class NotificationSettings {

    private final NotificationPreferences preferences;
    private final UnsubscribeTokens tokens;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CurrentUser currentUser;

    NotificationSettings(
            NotificationPreferences preferences,
            UnsubscribeTokens tokens,
            PlatformTransactionManager transactions,
            Clock clock,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.preferences = preferences;
        this.tokens = tokens;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Every type with the signed-in person's choice, the default where they made none. */
    @PreAuthorize("isAuthenticated()")
    public Map<NotificationType, Delivery> mine() {
        Map<NotificationType, Delivery> choices = new EnumMap<>(NotificationType.class);
        Arrays.stream(NotificationType.values()).forEach(type -> choices.put(type, Delivery.DEFAULT));
        preferences
                .findByPersonId(currentUser.requireInTenant().personId())
                .forEach(p -> choices.put(p.type(), p.delivery()));
        return choices;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void change(NotificationType type, Delivery delivery) {
        choose(currentUser.requireInTenant().personId(), type, delivery);
    }

    /** The type an unsubscribe token would switch off, or empty when the token is not valid (changed, expired). */
    public Optional<NotificationType> typeOfToken(String token) {
        return tokens.verify(token, today()).map(UnsubscribeTokens.Claim::type);
    }

    /**
     * Switches the token's type (or every type) off for the person it names, in the tenant it names;
     * signed out, so the token is the only authority. Returns the type when done.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<NotificationType> unsubscribe(String token, boolean everything) {
        return tokens.verify(token, today())
                .map(claim -> TenantContext.callAs(TenantScope.ofTenant(claim.tenantId()), () -> {
                    transaction.executeWithoutResult(status -> {
                        if (everything) {
                            Arrays.stream(NotificationType.values())
                                    .forEach(type -> choose(claim.personId(), type, Delivery.OFF));
                        } else {
                            choose(claim.personId(), claim.type(), Delivery.OFF);
                        }
                    });
                    return claim.type();
                }));
    }

    private void choose(UUID person, NotificationType type, Delivery delivery) {
        NotificationPreference preference = preferences
                .findById(new NotificationPreference.Key(person, type))
                .orElseGet(() -> new NotificationPreference(person, type, delivery));
        preference.change(delivery);
        preferences.save(preference);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PortalTime.LONDON));
    }
}

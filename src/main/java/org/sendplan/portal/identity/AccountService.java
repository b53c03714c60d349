package org.sendplan.portal.identity;

import jakarta.validation.Valid;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.identity.internal.PersonAccount;
import org.sendplan.portal.identity.internal.PersonAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The portal's own accounts (the embedded default when no Keycloak is configured). */
@Service
@Validated
@Transactional(readOnly = true)
public class AccountService {

    private final PersonAccounts accounts;

    private final PasswordEncoder passwordEncoder;

    AccountService(PersonAccounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'PLATFORM_ADMIN')")
    public Optional<AccountSummary> findByUsername(String username) {
        return accounts.findByUsername(username.trim()).map(PersonAccount::toSummary);
    }

    @PreAuthorize("isAuthenticated()")
    public Map<UUID, AccountSummary> accountsByIds(Collection<UUID> ids) {
        return accounts.findAllById(ids).stream()
                .map(PersonAccount::toSummary)
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    /** E-mail addresses of the given people that have one; for notification mail, sent in the background. */
    public Map<UUID, String> mailAddresses(Collection<UUID> ids) {
        return accounts.findAllById(ids).stream()
                .map(PersonAccount::toSummary)
                .filter(a -> a.email() != null)
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::email));
    }

    /** Creates a local account; the password is stored only as a salted bcrypt hash. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'PLATFORM_ADMIN')")
    @Transactional
    public AccountSummary createLocalAccount(@Valid NewAccount account) {
        if (account.password() == null || account.password().isBlank()) {
            throw new InvalidInputException("password", "Enter a password of at least 12 characters");
        }
        if (accounts.findByUsername(account.username().trim()).isPresent()) {
            throw new InvalidInputException(
                    "username", "The username '" + account.username().trim() + "' is already taken");
        }
        PersonAccount created = new PersonAccount(
                account.username(),
                account.displayName(),
                account.email(),
                passwordEncoder.encode(account.password()),
                false);
        return accounts.saveAndFlush(created).toSummary();
    }

    /** The operator's own account, created once at first start (see README, production deployment). */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional
    public AccountSummary ensurePlatformAdmin(String username, String displayName, String password) {
        return accounts.findByUsername(username)
                .map(PersonAccount::toSummary)
                .orElseGet(() -> accounts.saveAndFlush(
                                new PersonAccount(username, displayName, null, passwordEncoder.encode(password), true))
                        .toSummary());
    }
}

package org.sendplan.portal.identity.internal.keycloak;

import java.util.Optional;
import java.util.UUID;
import org.sendplan.portal.identity.AccountSummary;
import org.sendplan.portal.identity.internal.PersonAccount;
import org.sendplan.portal.identity.internal.PersonAccounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds, or creates, the portal person behind a Keycloak account. */
@Component
class KeycloakPeople {

    private final PersonAccounts accounts;
    private final ExternalIdentities identities;

    KeycloakPeople(PersonAccounts accounts, ExternalIdentities identities) {
        this.accounts = accounts;
        this.identities = identities;
    }

    /**
     * The person as this sign-in knows them: name and platform role come from the token, so a change
     * in Keycloak shows at the next sign-in.
     */
    @Transactional
    AccountSummary personFor(KeycloakToken token) {
        UUID personId = identities
                .findByIssuerAndSubject(token.issuer(), token.subject())
                .map(ExternalIdentity::personId)
                .orElseGet(() -> link(token));
        return new AccountSummary(
                personId, token.username(), token.displayName(), token.email(), token.platformAdmin());
    }

    /**
     * First sign-in. An unlinked local account with the same username is taken to be the same person
     * (an installation moving from local accounts to Keycloak keeps its history); anyone else gets a
     * new person without a password.
     */
    private UUID link(KeycloakToken token) {
        Optional<PersonAccount> sameUsername = accounts.findByUsername(token.username());
        if (sameUsername.isPresent()
                && identities.existsByPersonId(sameUsername.get().id())) {
            throw KeycloakUserService.refusal("The username '" + token.username() + "' already belongs to another "
                    + "Keycloak account in the portal. Ask the portal's operator to sort this out.");
        }
        PersonAccount person = sameUsername.orElseGet(() ->
                accounts.save(new PersonAccount(token.username(), token.displayName(), token.email(), null, false)));
        identities.save(new ExternalIdentity(token.issuer(), token.subject(), person.id()));
        return person.id();
    }
}

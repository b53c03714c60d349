package org.sendplan.portal.api;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sendplan.portal.api.internal.PersonalAccessToken;
import org.sendplan.portal.api.internal.PersonalAccessTokens;
import org.sendplan.portal.api.internal.TokenSecrets;
import org.sendplan.portal.common.DisplayFormats;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.common.PortalTime;
import org.sendplan.portal.identity.CurrentUser;
import org.sendplan.portal.identity.SignedInUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A person's own personal access tokens in the tenant they are working in. The secret is returned once,
 * on creation; only its hash is stored.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class AccessTokenService {

    /** Who may use the API: school editors for their school, LA officers for the authority. */
    public static final String API_USERS = "hasAnyRole('SCHOOL_EDITOR', 'LA_OFFICER')";

    public static final int DEFAULT_DAYS = 90;

    private final PersonalAccessTokens tokens;
    private final CurrentUser currentUser;

    AccessTokenService(PersonalAccessTokens tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    public static LocalDate today() {
        return LocalDate.now(PortalTime.LONDON);
    }

    /** The latest expiry date allowed today: one year ahead, so a forgotten token does not work for ever. */
    public static LocalDate latestExpiry() {
        return today().plusYears(1);
    }

    @PreAuthorize(API_USERS)
    public List<AccessTokenSummary> myTokens() {
        return tokens.findByPersonIdOrderByCreatedAtDesc(person().personId()).stream()
                .map(PersonalAccessToken::toSummary)
                .toList();
    }

    @PreAuthorize(API_USERS)
    @Transactional
    public NewAccessToken create(@Valid AccessTokenDraft draft) {
        if (!draft.expiresOn().isAfter(today())) {
            throw new InvalidInputException("expiresOn", "The expiry date must be after today");
        }
        if (draft.expiresOn().isAfter(latestExpiry())) {
            throw new InvalidInputException(
                    "expiresOn",
                    "A token may last at most a year: choose " + DisplayFormats.LONG_DAY.format(latestExpiry())
                            + " or earlier");
        }
        TokenSecrets.Issued issued = TokenSecrets.issue();
        PersonalAccessToken token = tokens.saveAndFlush(new PersonalAccessToken(
                person().personId(), issued, draft.name().trim(), draft.expiresOn()));
        return new NewAccessToken(token.toSummary(), issued.token());
    }

    /** Stops a token working at once. Only its owner may revoke it. */
    @PreAuthorize(API_USERS)
    @Transactional
    public AccessTokenSummary revoke(UUID id, long expectedVersion) {
        PersonalAccessToken token =
                tokens.findById(id).orElseThrow(() -> new InvalidInputException("That token no longer exists"));
        if (!token.personId().equals(person().personId())) {
            throw new AccessDeniedException("Only the person who created a token may revoke it");
        }
        if (token.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PersonalAccessToken.class, id);
        }
        token.revoke();
        return tokens.saveAndFlush(token).toSummary();
    }

    private SignedInUser person() {
        return currentUser.find().orElseThrow(() -> new AccessDeniedException("Sign in to manage access tokens"));
    }
}

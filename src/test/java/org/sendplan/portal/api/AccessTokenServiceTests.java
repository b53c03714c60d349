package org.sendplan.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.common.InvalidInputException;
import org.sendplan.portal.identity.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class AccessTokenServiceTests {

    @Autowired
    AccessTokenService tokens;

    @Autowired
    TokenFixture fixture;

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void onlyTheSha256OfTheTokenIsStoredNeverTheTokenItself() throws Exception {
        SignedInUser school = signedIn.as("warwickshire.school");
        NewAccessToken created =
                tokens.create(new AccessTokenDraft("Arbor MIS", LocalDate.now().plusDays(10)));
        assertThat(created.secret()).matches("spp_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        Map<String, Object> row = fixture.inTenant(
                school.tenant().id(),
                sql -> sql.queryForMap(
                        "select * from personal_access_token where id = ?",
                        created.token().id()));
        byte[] expected =
                MessageDigest.getInstance("SHA-256").digest(created.secret().getBytes(StandardCharsets.UTF_8));
        assertThat((byte[]) row.get("secret_hash")).isEqualTo(expected);
        assertThat(row.values())
                .noneMatch(
                        value -> String.valueOf(value).contains(created.secret().substring(17)));
    }

    @Test
    void theSecretIsShownOnlyWhenTheTokenIsCreated() {
        signedIn.as("warwickshire.school");
        NewAccessToken created =
                tokens.create(new AccessTokenDraft("Shown once", LocalDate.now().plusDays(10)));
        AccessTokenSummary listed = tokens.myTokens().stream()
                .filter(t -> t.id().equals(created.token().id()))
                .findFirst()
                .orElseThrow();
        assertThat(listed.toString()).doesNotContain(created.secret().substring(17));
        assertThat(AccessTokenSummary.class.getRecordComponents())
                .noneMatch(c -> c.getName().contains("secret"));
    }

    @Test
    void aTokenLastsAtMostAYearAndMustExpireAfterToday() {
        signedIn.as("solihull.officer");
        assertThatThrownBy(() -> tokens.create(new AccessTokenDraft(
                        "Too long", AccessTokenService.today().plusYears(1).plusDays(1))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("A token may last at most a year")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("expiresOn");
        assertThatThrownBy(() -> tokens.create(new AccessTokenDraft("Already over", AccessTokenService.today())))
                .hasMessage("The expiry date must be after today");
        assertThat(tokens.create(new AccessTokenDraft("A year", AccessTokenService.latestExpiry()))
                        .token()
                        .expiresOn())
                .isEqualTo(AccessTokenService.latestExpiry());
    }

    @Test
    void aRevokedTokenShowsAsRevokedAndCannotBeRevokedByAnotherPerson() {
        NewAccessToken token = fixture.tokenOf("kingston.school");
        signedIn.as("kingston.officer");
        assertThatThrownBy(() -> tokens.revoke(token.token().id(), token.token().version()))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("kingston.school");
        AccessTokenSummary revoked =
                tokens.revoke(token.token().id(), token.token().version());
        assertThat(revoked.statusOn(AccessTokenService.today())).isEqualTo(AccessTokenSummary.Status.REVOKED);
    }

    @Test
    void aPersonListsOnlyTheirOwnTokensInTheirCurrentTenant() {
        NewAccessToken schoolToken = fixture.tokenOf("warwickshire.school");
        NewAccessToken officerToken = fixture.tokenOf("warwickshire.officer");
        signedIn.as("warwickshire.officer");
        assertThat(tokens.myTokens())
                .extracting(AccessTokenSummary::id)
                .contains(officerToken.token().id())
                .doesNotContain(schoolToken.token().id());
        signedIn.as("solihull.officer");
        assertThat(tokens.myTokens())
                .extracting(AccessTokenSummary::id)
                .doesNotContain(schoolToken.token().id(), officerToken.token().id());
    }

    @Test
    void anotherTenantsTokenIsNotFoundEvenByItsId() {
        NewAccessToken warwickshire = fixture.tokenOf("warwickshire.school");
        signedIn.as("solihull.school");
        UUID id = warwickshire.token().id();
        assertThatThrownBy(() -> tokens.revoke(id, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("That token no longer exists");
    }

    @Test
    void onlySchoolEditorsAndLaOfficersMayHaveTokens() {
        signedIn.as("solihull.parent");
        assertThatThrownBy(() -> tokens.create(
                        new AccessTokenDraft("Parent", LocalDate.now().plusDays(5))))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("solihull.finance");
        assertThatThrownBy(tokens::myTokens).isInstanceOf(AccessDeniedException.class);
    }
}

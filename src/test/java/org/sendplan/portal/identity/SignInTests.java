package org.sendplan.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendplan.portal.PortalTest;
import org.sendplan.portal.SignedIn;
import org.sendplan.portal.administration.TenantOnboarding;
import org.sendplan.portal.tenancy.NewTenant;
import org.sendplan.portal.tenancy.Role;
import org.sendplan.portal.tenancy.TenantService;
import org.sendplan.portal.tenancy.TenantSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@PortalTest
class SignInTests {

    @Autowired
    SignedIn signedIn;

    @Autowired
    TenantOnboarding onboarding;

    @Autowired
    TenantService tenants;

    @Autowired
    SecurityEventLog securityEvents;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void aDemoOfficerLandsInTheirOnlyTenantWithTheirRole() {
        SignedInUser user = signedIn.as("warwickshire.officer");
        assertThat(user.tenant().slug()).isEqualTo("warwickshire");
        assertThat(user.roles()).containsExactly(Role.LA_OFFICER);
        assertThat(user.limitedToOwnOrganisations()).isFalse();
    }

    @Test
    void aSchoolEditorIsLimitedToTheirSchool() {
        SignedInUser user = signedIn.as("warwickshire.school");
        assertThat(user.limitedToOwnOrganisations()).isTrue();
        assertThat(user.organisationIds()).hasSize(1);
    }

    @Test
    void aPersonInSeveralTenantsChoosesOneAfterSigningIn() {
        SignedInUser user = signedIn.as("consultant");
        assertThat(user.tenant()).isNull();
        assertThat(user.roles()).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        assertThatThrownBy(() -> signedIn.manager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                "kingston.parent", "not-the-password")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        createTenant("lockshire", "801", "lockshire.admin");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> signedIn.manager()
                            .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                    "lockshire.admin", "wrong-password-" + UUID.randomUUID())))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signedIn.as("lockshire.admin"))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("locked until");
    }

    @Test
    void aSuspendedTenantCannotSignIn() {
        TenantSummary tenant = createTenant("suspendshire", "802", "suspendshire.admin");
        signedIn.as("platform.admin");
        tenants.suspend(tenant.id(), tenant.version());
        signedIn.out();
        assertThatThrownBy(() -> signedIn.as("suspendshire.admin"))
                .isInstanceOf(DisabledException.class)
                .hasMessageContaining("suspended");
    }

    @Test
    void failedSignInsShowInTheSignInLogOfThePersonsTenant() {
        assertThatThrownBy(() -> signedIn.manager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                "kingston.board", "a-wrong-password")))
                .isInstanceOf(BadCredentialsException.class);
        signedIn.as("kingston.admin");
        List<SecurityEventRecord> log = securityEvents.recentInCurrentTenant();
        assertThat(log).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEventKind.SIGN_IN_FAILED);
            assertThat(event.username()).isEqualTo("kingston.board");
        });
        signedIn.as("solihull.admin");
        assertThat(securityEvents.recentInCurrentTenant())
                .noneMatch(event -> "kingston.board".equals(event.username()));
    }

    private TenantSummary createTenant(String slug, String laCode, String adminUsername) {
        signedIn.as("platform.admin");
        TenantSummary tenant = onboarding.onboard(
                new NewTenant(slug + " Council", slug, laCode, "Test region", List.of()),
                new NewAccount(adminUsername, "Test Admin", null, SignedIn.DEMO_PASSWORD));
        signedIn.out();
        return tenant;
    }
}

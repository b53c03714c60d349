package org.sendplan.portal.demo;

import java.util.ArrayList;
import java.util.function.Supplier;
import org.sendplan.portal.tenancy.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs demo seeding briefly with an LA officer's authority added to the demo runner's, as the services require. */
final class AsOfficer {

    private AsOfficer() {}

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    static <T> T call(Supplier<T> work) {
        Authentication runner = SecurityContextHolder.getContext().getAuthentication();
        var authorities = new ArrayList<GrantedAuthority>(runner.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(Role.LA_OFFICER.authority()));
        return SignedInAs.call(new UsernamePasswordAuthenticationToken(runner.getName(), null, authorities), work);
    }
}

package org.sendplan.portal.demo;

import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs demo seeding briefly as someone else, and gives the demo runner its own authentication back whatever happens. */
final class SignedInAs {

    private SignedInAs() {}

    static <T> T call(Authentication someone, Supplier<T> work) {
        Authentication runner = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(someone);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(runner);
        }
    }
}

package org.sendplan.portal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sendplan.portal.identity.PortalAuthentication;
import org.sendplan.portal.identity.SecurityEventKind;
import org.sendplan.portal.identity.SecurityEventLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

@Component
class SignOutRecorder implements LogoutHandler {

    private final SecurityEventLog securityEvents;

    SignOutRecorder(SecurityEventLog securityEvents) {
        this.securityEvents = securityEvents;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication instanceof PortalAuthentication portal) {
            securityEvents.record(SecurityEventKind.SIGN_OUT, portal.getPrincipal(), null);
        }
    }
}

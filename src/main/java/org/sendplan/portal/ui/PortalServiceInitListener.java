package org.sendplan.portal.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** British English for screen readers, security headers on every page, and one error handler for every session. */
@Component
class PortalServiceInitListener implements VaadinServiceInitListener {

    private final PortalErrorHandler errorHandler;

    PortalServiceInitListener(PortalErrorHandler errorHandler) {
        this.errorHandler = errorHandler;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            response.getDocument().getElementsByTag("html").attr("lang", "en-GB");
            // Vaadin serves some pages (the sign-in page among them) outside Spring Security's header writer.
            response.getVaadinResponse().setHeader("X-Frame-Options", "DENY");
            response.getVaadinResponse().setHeader("Content-Security-Policy", "frame-ancestors 'none'");
            response.getVaadinResponse().setHeader("X-Content-Type-Options", "nosniff");
            response.getVaadinResponse().setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        });
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(errorHandler));
    }
}

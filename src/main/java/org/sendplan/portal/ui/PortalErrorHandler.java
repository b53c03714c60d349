package org.sendplan.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.sendplan.portal.common.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a person sees when something fails after a click: a plain message, never a stack trace. The
 * details go to the server log under a reference the person can quote.
 */
@Component
class PortalErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        String message = messageFor(rootCauseOf(event.getThrowable()));
        if (UI.getCurrent() != null) {
            UI.getCurrent().access(() -> {
                Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    static String messageFor(Throwable problem) {
        return switch (problem) {
            case InvalidInputException invalid -> invalid.getMessage();
            case OptimisticLockingFailureException stale ->
                "Someone else changed this while you were working on it. Reload the page to see their change, then make yours again.";
            case AccessDeniedException denied -> "You do not have permission to do that.";
            default -> {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                log.error("Unexpected error, reference {}", reference, problem);
                yield "Something went wrong and nothing was saved. If it happens again, tell your administrator the reference "
                        + reference + ".";
            }
        };
    }

    private static Throwable rootCauseOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null
                && !(current instanceof InvalidInputException)
                && !(current instanceof OptimisticLockingFailureException)
                && !(current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}

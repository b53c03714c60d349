package org.sendplan.portal.notifications.web;

import org.sendplan.portal.notifications.NotificationSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** RFC 8058 one-click unsubscribe: the mail client POSTs "List-Unsubscribe=One-Click" to the header's address. */
@RestController
class OneClickUnsubscribe {

    static final String PATH = "/mail/unsubscribe";

    private final NotificationSettings settings;

    OneClickUnsubscribe(NotificationSettings settings) {
        this.settings = settings;
    }

    @PostMapping(PATH)
    ResponseEntity<String> unsubscribe(@RequestParam String token) {
        return settings.unsubscribe(token, false)
                .map(type -> ResponseEntity.ok("You will get no more e-mail about \"" + type.label() + "\"."))
                .orElseGet(() -> ResponseEntity.badRequest().body("This link has expired or is not valid."));
    }
}

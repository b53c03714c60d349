package org.sendplan.portal.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sendplan.portal.notifications.NotificationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed, expiring tokens of unsubscribe links: whoever holds one may switch that person's e-mail
 * of that type off in that tenant, and nothing else, so a link works without signing in.
 */
@Component
public class UnsubscribeTokens {

    public static final int DAYS_VALID = 60;

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeTokens.class);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;

    UnsubscribeTokens(@Value("${portal.notifications.unsubscribe-secret:}") String configured) {
        if (configured.isBlank()) {
            // Links in mail sent before a restart stop working; fine for development, so production sets one (README).
            log.warn(
                    "portal.notifications.unsubscribe-secret is not set; unsubscribe links last until the next restart");
            this.secret = new byte[32];
            new SecureRandom().nextBytes(this.secret);
        } else {
            this.secret = configured.getBytes(StandardCharsets.UTF_8);
        }
    }

    public record Claim(UUID tenantId, UUID personId, NotificationType type) {}

    public String issue(Claim claim, LocalDate today) {
        String payload =
                claim.tenantId() + ":" + claim.personId() + ":" + claim.type() + ":" + today.plusDays(DAYS_VALID);
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(sign(payload));
    }

    /** Empty when the token was not signed here, was changed, or has expired. */
    public Optional<Claim> verify(String token, LocalDate today) {
        try {
            String[] parts = token.split("\\.");
            if (parts.length != 2) {
                return Optional.empty();
            }
            String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(sign(payload), Base64.getUrlDecoder().decode(parts[1]))) {
                return Optional.empty();
            }
            String[] fields = payload.split(":");
            if (LocalDate.parse(fields[3]).isBefore(today)) {
                return Optional.empty();
            }
            return Optional.of(new Claim(
                    UUID.fromString(fields[0]), UUID.fromString(fields[1]), NotificationType.valueOf(fields[2])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

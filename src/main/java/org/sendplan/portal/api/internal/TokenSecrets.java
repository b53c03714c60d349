package org.sendplan.portal.api.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens look like {@code spp_<12 hex lookup key>_<43 characters of secret>}: the prefix lets secret
 * scanners recognise a leaked one, the lookup key finds its row, and 256 random bits make guessing hopeless,
 * so a fast unsalted SHA-256 is enough to store (unlike a password).
 */
public final class TokenSecrets {

    static final String PREFIX = "spp_";
    private static final Pattern SHAPE = Pattern.compile("spp_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    public record Issued(String token, String lookupKey, byte[] hash) {}

    public static Issued issue() {
        byte[] key = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(key);
        RANDOM.nextBytes(secret);
        String lookupKey = HexFormat.of().formatHex(key);
        String token = PREFIX + lookupKey + "_"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(token, lookupKey, hash(token));
    }

    /** The lookup key of a well-formed token; empty for anything else. */
    static Optional<String> lookupKeyOf(String token) {
        Matcher m = SHAPE.matcher(token);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Compares in constant time, so response times say nothing about how much of a guess was right. */
    static boolean matches(String token, byte[] storedHash) {
        return MessageDigest.isEqual(hash(token), storedHash);
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

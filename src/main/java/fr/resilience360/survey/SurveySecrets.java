package fr.resilience360.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The random values and hashes of surveys: public tokens of 192 bits (unguessable; a link, so stored as is), secret
 * salts, SHA-256 of idempotency keys, and salted HMAC-SHA-256 of respondent keys, so that the database never holds a
 * respondent's key. Plain Java.
 */
final class SurveySecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SurveySecrets() {}

    /** A public token: 24 random bytes in base64url, 32 characters. */
    static String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(24));
    }

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hmac(byte[] salt, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

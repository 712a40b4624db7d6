package dev.keel.adapter.web.shared;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The fingerprint an {@code Idempotency-Key} record keeps of its request: HMAC-SHA256 under a server-side key, in hex.
 * A sign-up's body holds a plaintext password, so a plain hash of it would let anyone who reads the table test
 * password guesses at hashing speed, around Argon2id; without the key they cannot.
 *
 * <p>The key is derived from {@code KEEL_CURSOR_SECRET} as HMAC-SHA256(secret, {@value #PURPOSE}), so that it is
 * not the key that signs cursors: a cursor's signed payload starts with its version line ({@code v2\n}), never with
 * this label, so no cursor a client is given reveals it. Without the secret the key is random and ends with the
 * process, like the cursors' key: a retry that reaches another instance, or this one after a restart, is then taken
 * for another request (422).
 */
@Singleton
public final class RequestFingerprints {

    static final String PURPOSE = "keel idempotency fingerprint";
    private static final Logger LOG = LoggerFactory.getLogger(RequestFingerprints.class);
    private static final String ALGORITHM = "HmacSHA256";

    // Keying a Mac costs more than the fingerprint itself: each use starts from a clone of this one.
    private final Mac keyedMac;

    RequestFingerprints(@Value("${keel.cursor.secret:}") @Nullable String secret) {
        byte[] key;
        if (secret == null || secret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            LOG.info("KEEL_CURSOR_SECRET is not set: Idempotency-Key records are fingerprinted with a random key, so a "
                    + "retry after a restart or on another instance is refused");
        } else {
            key = mac(secret.getBytes(StandardCharsets.UTF_8)).doFinal(PURPOSE.getBytes(StandardCharsets.UTF_8));
        }
        this.keyedMac = mac(key);
    }

    /** The fingerprint of {@code request}, the request's canonical text: equal texts give equal fingerprints. */
    public String of(String request) {
        try {
            byte[] digest = ((Mac) keyedMac.clone()).doFinal(request.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HMAC-SHA256 cannot be copied", e);
        }
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

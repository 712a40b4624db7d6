package dev.keel.adapter.web.shared;

import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.ValidationException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque list cursors: the keyset position plus the list and sort order it belongs to, signed with
 * HMAC-SHA256 so that a tampered cursor, or one minted for another list or order, is refused (400).
 */
@Singleton
public final class CursorCodec {

    private static final Logger LOG = LoggerFactory.getLogger(CursorCodec.class);
    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    CursorCodec(@Value("${keel.cursor.secret:}") @Nullable String secret) {
        byte[] keyBytes;
        if (secret == null || secret.isBlank()) {
            keyBytes = new byte[32];
            new SecureRandom().nextBytes(keyBytes);
            LOG.info("KEEL_CURSOR_SECRET is not set: list cursors are signed with a random key and end with this process");
        } else {
            keyBytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(keyBytes, ALGORITHM);
    }

    /** The cursor of {@code position} in list {@code list} sorted by {@code sort} (its API spelling). */
    public String encode(String list, String sort, KeysetPosition position) {
        String payload = String.join("\n", VERSION, list, sort, position.id().toString(), position.sortKey());
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        return format(payloadBytes, sign(payloadBytes));
    }

    private static String format(byte[] payload, byte[] signature) {
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(signature);
    }

    /** The position in {@code cursor}, which must have been minted for this list and sort order. */
    public KeysetPosition decode(String cursor, String list, String sort) {
        try {
            int dot = cursor.indexOf('.');
            if (dot < 0) {
                throw invalid();
            }
            byte[] payloadBytes = DECODER.decode(cursor.substring(0, dot));
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            // Base64 ignores the spare low bits of a final character: only the exact text we minted counts.
            if (!MessageDigest.isEqual(signature, sign(payloadBytes)) || !cursor.equals(format(payloadBytes, signature))) {
                throw invalid();
            }
            String[] parts = new String(payloadBytes, StandardCharsets.UTF_8).split("\n", 5);
            if (parts.length != 5 || !VERSION.equals(parts[0]) || !list.equals(parts[1])) {
                throw invalid();
            }
            if (!sort.equals(parts[2])) {
                throw ValidationException.of("cursor", "belongs to another sort order (" + parts[2] + "); start again without it");
            }
            return new KeysetPosition(parts[4], UUID.fromString(parts[3]));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static ValidationException invalid() {
        return ValidationException.of("cursor", "is not a valid cursor for this list");
    }
}

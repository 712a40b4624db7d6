package dev.keel.adapter.web.shared;

import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.paging.SortValue;
import dev.keel.domain.shared.ValidationException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Opaque list cursors: the keyset position plus the {@link Scope} it belongs to (list, sort order and
 * filters), signed with HMAC-SHA256 so that a tampered cursor, or one minted for another list, order or set
 * of filters, is refused (400).
 *
 * <p>The payload is UTF-8 lines: {@code v2}, the list (with a digest of its owner, if it has one), the sort, a
 * digest of the filters, the id, then one
 * line per sort key: a letter for its kind and its canonical text, URL-encoded ({@code -} alone for NULL).
 */
@Singleton
public final class CursorCodec {

    /**
     * What a cursor is bound to: the list (its name, and what the list is of), its sort order (API spelling) and
     * its filters in canonical form, as {@link #of} builds them.
     */
    public record Scope(String list, String sort, String filters) {

        public Scope {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(sort, "sort");
            Objects.requireNonNull(filters, "filters");
        }

        /**
         * The scope of a list whose filters are {@code filters}: query parameter names to values in canonical
         * text (absent filters left out or null). Filters that mean the same give the same scope whatever the
         * map's order; filters that differ give different ones.
         */
        public static Scope of(String list, String sort, Map<String, String> filters) {
            return new Scope(list, sort, canonical(filters));
        }

        /**
         * The scope of a list of {@code owner}: what it is the list of, beyond its filters (the project or task in its
         * path, the caller whose own it is), as names to values. A cursor of the same list of another owner is not a
         * valid cursor for this one.
         */
        public static Scope of(String list, Map<String, String> owner, String sort, Map<String, String> filters) {
            String ofOwner = owner.isEmpty() ? list : list + "@" + digest(canonical(owner));
            return new Scope(ofOwner, sort, canonical(filters));
        }

        private static String canonical(Map<String, String> values) {
            StringJoiner canonical = new StringJoiner("&");
            new TreeMap<>(values).forEach((name, value) -> {
                if (value != null) {
                    canonical.add(encode(name) + "=" + encode(value));
                }
            });
            return canonical.toString();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(CursorCodec.class);
    // Every payload starts with this line. RequestFingerprints derives its key by signing a label with the same
    // secret: no cursor may ever be a signature of that label.
    private static final String VERSION = "v2";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int FILTER_DIGEST_BYTES = 16;
    private static final String NULL_KEY = "-";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    // Looking up an algorithm and keying a Mac cost more than the hashing of a cursor: each use starts from a
    // clone of these, which are never used themselves.
    private static final MessageDigest SHA_256 = sha256();
    private final Mac keyedMac;

    CursorCodec(@Value("${keel.cursor.secret:}") @Nullable String secret) {
        byte[] keyBytes;
        if (secret == null || secret.isBlank()) {
            keyBytes = new byte[32];
            new SecureRandom().nextBytes(keyBytes);
            LOG.info("KEEL_CURSOR_SECRET is not set: list cursors are signed with a random key and end with this process");
        } else {
            keyBytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.keyedMac = keyedMac(new SecretKeySpec(keyBytes, ALGORITHM));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static Mac keyedMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The cursor of {@code position} in the list, order and filters of {@code scope}. */
    public String encode(Scope scope, KeysetPosition position) {
        StringJoiner payload = new StringJoiner("\n")
                .add(VERSION).add(scope.list()).add(scope.sort()).add(digest(scope.filters())).add(position.id().toString());
        position.keys().forEach(value -> payload.add(value.kind() == SortValue.Kind.NULL ? NULL_KEY
                : code(value.kind()) + encode(value.canonical())));
        byte[] payloadBytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        return format(payloadBytes, sign(payloadBytes));
    }

    private static String format(byte[] payload, byte[] signature) {
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(signature);
    }

    /** The position in {@code cursor}, which must have been minted for exactly this scope. */
    public KeysetPosition decode(String cursor, Scope scope) {
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
            String[] parts = new String(payloadBytes, StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length < 5 || !VERSION.equals(parts[0]) || !scope.list().equals(parts[1])) {
                throw invalid();
            }
            if (!scope.sort().equals(parts[2])) {
                throw ValidationException.of("cursor", "belongs to another sort order (" + parts[2] + "); start again without it");
            }
            if (!digest(scope.filters()).equals(parts[3])) {
                throw ValidationException.of("cursor", "belongs to other filters; repeat the filters it was returned for, "
                        + "or start again without it");
            }
            List<SortValue> keys = new ArrayList<>();
            for (int i = 5; i < parts.length; i++) {
                keys.add(value(parts[i]));
            }
            return new KeysetPosition(keys, uuid(parts[4]));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static SortValue value(String part) {
        if (part.equals(NULL_KEY)) {
            return SortValue.NULL;
        }
        if (part.isEmpty()) {
            throw new IllegalArgumentException("empty sort key");
        }
        SortValue.Kind kind = switch (part.charAt(0)) {
            case 't' -> SortValue.Kind.TEXT;
            case 'i' -> SortValue.Kind.TIMESTAMP;
            case 'd' -> SortValue.Kind.DATE;
            case 'l' -> SortValue.Kind.INTEGER;
            case 'n' -> SortValue.Kind.DECIMAL;
            case 'u' -> SortValue.Kind.UUID;
            default -> throw new IllegalArgumentException("unknown sort key kind");
        };
        return SortValue.parse(kind, URLDecoder.decode(part.substring(1), StandardCharsets.UTF_8));
    }

    private static char code(SortValue.Kind kind) {
        return switch (kind) {
            case TEXT -> 't';
            case TIMESTAMP -> 'i';
            case DATE -> 'd';
            case INTEGER -> 'l';
            case DECIMAL -> 'n';
            case UUID -> 'u';
            case NULL -> throw new IllegalArgumentException("NULL has no kind letter");
        };
    }

    private static UUID uuid(String text) {
        UUID id = UUID.fromString(text);
        if (!id.toString().equals(text)) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return id;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A short digest of canonical values (filters, an owner): enough to tell them apart, as the payload is signed. */
    private static String digest(String filters) {
        try {
            byte[] hash = ((MessageDigest) SHA_256.clone()).digest(filters.getBytes(StandardCharsets.UTF_8));
            return ENCODER.encodeToString(Arrays.copyOf(hash, FILTER_DIGEST_BYTES));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 cannot be copied", e);
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            return ((Mac) keyedMac.clone()).doFinal(payload);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HMAC-SHA256 cannot be copied", e);
        }
    }

    private static ValidationException invalid() {
        return ValidationException.of("cursor", "is not a valid cursor for this list");
    }
}

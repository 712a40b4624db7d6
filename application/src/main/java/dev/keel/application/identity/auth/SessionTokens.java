package dev.keel.application.identity.auth;

import dev.keel.domain.identity.session.RefreshTokenHash;
import dev.keel.domain.identity.session.Session;
import dev.keel.domain.identity.session.SessionRepository;
import dev.keel.domain.identity.user.User;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mints the tokens of a session: opaque refresh tokens of 256 random bits (stored only as their SHA-256) and
 * access tokens of {@link #ACCESS_TOKEN_LIFETIME}.
 */
@Singleton
public final class SessionTokens {

    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);
    private static final int REFRESH_TOKEN_BYTES = 32;
    /** 32 bytes in unpadded base64url. */
    private static final Pattern REFRESH_TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();
    private final SessionRepository sessions;
    private final AccessTokenIssuer accessTokens;

    public SessionTokens(SessionRepository sessions, AccessTokenIssuer accessTokens) {
        this.sessions = sessions;
        this.accessTokens = accessTokens;
    }

    /** Stores a new refresh token of {@code session} and signs an access token; inside the caller's unit of work. */
    IssuedTokens issue(Session session, User user, Instant now) {
        byte[] secret = new byte[REFRESH_TOKEN_BYTES];
        random.nextBytes(secret);
        String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        sessions.addRefreshToken(hash(refreshToken).orElseThrow(), session.id(), now);
        String accessToken = accessTokens.issue(new Actor(user.id(), user.role(), session.id()), now,
                now.plus(ACCESS_TOKEN_LIFETIME));
        return new IssuedTokens(accessToken, ACCESS_TOKEN_LIFETIME, refreshToken);
    }

    /** The stored form of a refresh token; empty when the text cannot be one of ours. */
    static Optional<RefreshTokenHash> hash(String refreshToken) {
        if (refreshToken == null || !REFRESH_TOKEN_SHAPE.matcher(refreshToken).matches()) {
            return Optional.empty();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(refreshToken.getBytes(StandardCharsets.US_ASCII));
            return Optional.of(new RefreshTokenHash(HexFormat.of().formatHex(digest)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}

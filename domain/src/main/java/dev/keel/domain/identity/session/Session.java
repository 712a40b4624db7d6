package dev.keel.domain.identity.session;

import dev.keel.domain.identity.user.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One sign-in of a user and everything refreshed from it. It lives until {@link #expiresAt()} (a fixed time
 * after sign-in, however often it is refreshed) unless revoked before: by logout, by the user, by reuse of a
 * rotated refresh token, or when the user is suspended, deleted or changes their password.
 */
public final class Session {

    /** How long a session lives after sign-in, at most. */
    public static final Duration LIFETIME = Duration.ofDays(30);
    public static final int MAX_USER_AGENT_LENGTH = 512;

    private final SessionId id;
    private final UserId userId;
    private final Instant createdAt;
    private Instant lastUsedAt;
    private final Instant expiresAt;
    private final String userAgent;
    private Instant revokedAt;
    private final long version;

    private Session(SessionId id, UserId userId, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
                    String userAgent, Instant revokedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastUsedAt = Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.userAgent = userAgent;
        this.revokedAt = revokedAt;
        this.version = version;
    }

    /** A new session signed in at {@code now}; a user agent longer than the limit is cut to it. */
    public static Session start(SessionId id, UserId userId, String userAgent, Instant now) {
        return new Session(id, userId, now, now, now.plus(LIFETIME), truncated(userAgent), null, 0);
    }

    public static Session rehydrate(SessionId id, UserId userId, Instant createdAt, Instant lastUsedAt,
                                    Instant expiresAt, String userAgent, Instant revokedAt, long version) {
        return new Session(id, userId, createdAt, lastUsedAt, expiresAt, userAgent, revokedAt, version);
    }

    /** Whether refresh tokens of this session may still be used at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public boolean belongsTo(UserId user) {
        return userId.equals(user);
    }

    /** Records a refresh; the time never goes backwards. */
    public void markUsed(Instant now) {
        if (now.isAfter(lastUsedAt)) {
            lastUsedAt = now;
        }
    }

    /** Ends the session for good; revoking a revoked session changes nothing. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    private static String truncated(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String stripped = userAgent.strip();
        if (stripped.codePointCount(0, stripped.length()) <= MAX_USER_AGENT_LENGTH) {
            return stripped;
        }
        return stripped.substring(0, stripped.offsetByCodePoints(0, MAX_USER_AGENT_LENGTH));
    }

    public SessionId id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<String> userAgent() {
        return Optional.ofNullable(userAgent);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Session[id=" + id + ", user=" + userId + ", revoked=" + (revokedAt != null) + "]";
    }
}

package dev.keel.domain.identity.session;

import dev.keel.domain.identity.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The store of sessions and their refresh tokens (kept only as hashes). Every method runs in the caller's unit
 * of work.
 */
public interface SessionRepository {

    /** A refresh token as stored, with its session: locked until the end of the transaction. */
    record LockedRefreshToken(RefreshTokenHash hash, Session session, boolean used) {
    }

    void add(Session session);

    /** Stores a new, unused refresh token of {@code session}. */
    void addRefreshToken(RefreshTokenHash hash, SessionId session, Instant issuedAt);

    /**
     * The refresh token with this hash and its session, both rows locked (FOR UPDATE) so that two refreshes with
     * the same token run one after the other.
     */
    Optional<LockedRefreshToken> lockRefreshToken(RefreshTokenHash hash);

    /** Marks the token used: it can never be used again. */
    void markRefreshTokenUsed(RefreshTokenHash hash, Instant usedAt);

    Optional<Session> find(SessionId id);

    /** The user's sessions that are active at {@code now}, most recently used first. */
    List<Session> findActive(UserId user, Instant now);

    /** Writes the session's last use and revocation. */
    void update(Session session);

    /** Revokes every session of the user that is not revoked yet; returns how many. */
    int revokeAll(UserId user, Instant now);

    /**
     * Deletes up to {@code batchSize} sessions that expired or were revoked at or before {@code before}, with their
     * refresh tokens; returns how many sessions.
     */
    int purgeEndedBefore(Instant before, int batchSize);
}

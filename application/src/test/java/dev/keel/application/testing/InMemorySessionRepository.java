package dev.keel.application.testing;

import dev.keel.domain.identity.session.RefreshTokenHash;
import dev.keel.domain.identity.session.Session;
import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.session.SessionRepository;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ConcurrentUpdateException;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sessions and refresh-token hashes in maps; it keeps its own copies, as a database would. */
public final class InMemorySessionRepository implements SessionRepository {

    private record Token(SessionId session, Instant issuedAt, Instant usedAt) {
    }

    private final Map<SessionId, Session> sessions = new LinkedHashMap<>();
    private final Map<RefreshTokenHash, Token> tokens = new LinkedHashMap<>();

    @Override
    public void add(Session session) {
        if (sessions.putIfAbsent(session.id(), copy(session)) != null) {
            throw new IllegalStateException("duplicate session " + session.id());
        }
    }

    @Override
    public void addRefreshToken(RefreshTokenHash hash, SessionId session, Instant issuedAt) {
        if (!sessions.containsKey(session) || tokens.putIfAbsent(hash, new Token(session, issuedAt, null)) != null) {
            throw new IllegalStateException("unknown session or duplicate token");
        }
    }

    @Override
    public Optional<LockedRefreshToken> lockRefreshToken(RefreshTokenHash hash) {
        return Optional.ofNullable(tokens.get(hash))
                .map(token -> new LockedRefreshToken(hash, copy(sessions.get(token.session())), token.usedAt() != null));
    }

    @Override
    public void markRefreshTokenUsed(RefreshTokenHash hash, Instant usedAt) {
        tokens.computeIfPresent(hash, (h, token) -> new Token(token.session(), token.issuedAt(), usedAt));
    }

    @Override
    public Optional<Session> find(SessionId id) {
        return Optional.ofNullable(sessions.get(id)).map(InMemorySessionRepository::copy);
    }

    @Override
    public List<Session> findActive(UserId user, Instant now) {
        return sessions.values().stream().filter(s -> s.belongsTo(user) && s.isActiveAt(now))
                .sorted(Comparator.comparing(Session::lastUsedAt).reversed().thenComparing(s -> s.id().value()))
                .map(InMemorySessionRepository::copy).toList();
    }

    @Override
    public void update(Session session) {
        Session stored = sessions.get(session.id());
        if (stored == null || stored.version() != session.version()) {
            throw new ConcurrentUpdateException("session", session.id());
        }
        sessions.put(session.id(), copy(session, session.version() + 1));
    }

    @Override
    public int revokeAll(UserId user, Instant now) {
        int revoked = 0;
        for (Session session : sessions.values()) {
            if (session.belongsTo(user) && session.revokedAt().isEmpty()) {
                session.revoke(now);
                sessions.put(session.id(), copy(session, session.version() + 1));
                revoked++;
            }
        }
        return revoked;
    }

    @Override
    public int purgeEndedBefore(Instant before, int batchSize) {
        List<SessionId> ended = sessions.values().stream()
                .filter(s -> !s.expiresAt().isAfter(before) || s.revokedAt().filter(r -> !r.isAfter(before)).isPresent())
                .map(Session::id).limit(batchSize).toList();
        ended.forEach(sessions::remove);
        tokens.values().removeIf(token -> ended.contains(token.session()));
        return ended.size();
    }

    private static Session copy(Session s) {
        return copy(s, s.version());
    }

    private static Session copy(Session s, long version) {
        return Session.rehydrate(s.id(), s.userId(), s.createdAt(), s.lastUsedAt(), s.expiresAt(),
                s.userAgent().orElse(null), s.revokedAt().orElse(null), version);
    }
}

package dev.keel.adapter.persistence.identity.session;

import dev.keel.adapter.persistence.shared.SqlTimes;
import dev.keel.application.shared.IdGenerator;
import dev.keel.domain.identity.session.RefreshTokenHash;
import dev.keel.domain.identity.session.Session;
import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.session.SessionRepository;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ConcurrentUpdateException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.keel.adapter.persistence.shared.SqlTimes.utc;

/** {@link SessionRepository} on the {@code user_session} and {@code refresh_token} tables, in plain SQL. */
@Singleton
public final class SessionPersistenceAdapter implements SessionRepository {

    private static final String COLUMNS =
            "s.id, s.app_user_id, s.created_at, s.last_used_at, s.expires_at, s.user_agent, s.revoked_at, s.version";
    private static final String INSERT = """
            INSERT INTO user_session (id, app_user_id, user_agent, last_used_at, expires_at, revoked_at, created_at,
                                      updated_at, version)
            VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 0)""";
    private static final String INSERT_TOKEN = """
            INSERT INTO refresh_token (id, token_hash, user_session_id, used_at, created_at, updated_at, version)
            VALUES (?, ?, ?, NULL, ?, ?, 0)""";
    private static final String LOCK_TOKEN = "SELECT t.used_at, " + COLUMNS + """
             FROM refresh_token t JOIN user_session s ON s.id = t.user_session_id
            WHERE t.token_hash = ? FOR UPDATE""";
    private static final String MARK_USED =
            "UPDATE refresh_token SET used_at = ?, updated_at = ?, version = version + 1 WHERE token_hash = ?";
    private static final String FIND = "SELECT " + COLUMNS + " FROM user_session s WHERE s.id = ?";
    private static final String FIND_ACTIVE = "SELECT " + COLUMNS + """
             FROM user_session s
            WHERE s.app_user_id = ? AND s.revoked_at IS NULL AND s.expires_at > ?
            ORDER BY s.last_used_at DESC, s.id""";
    private static final String UPDATE = """
            UPDATE user_session SET last_used_at = ?, revoked_at = ?, updated_at = greatest(updated_at, ?),
                                    version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String REVOKE_ALL = """
            UPDATE user_session SET revoked_at = ?, updated_at = greatest(updated_at, ?), version = version + 1
             WHERE app_user_id = ? AND revoked_at IS NULL""";

    /** Refresh tokens go with their session (ON DELETE CASCADE). */
    private static final String PURGE = """
            DELETE FROM user_session WHERE id IN (
                SELECT id FROM user_session WHERE expires_at <= ?
                UNION
                SELECT id FROM user_session WHERE revoked_at <= ?
                LIMIT ?)""";

    private final JdbcOperations jdbc;
    private final IdGenerator ids;

    SessionPersistenceAdapter(JdbcOperations jdbc, IdGenerator ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    @Override
    public void add(Session session) {
        jdbc.prepareStatement(INSERT, ps -> {
            ps.setObject(1, session.id().value());
            ps.setObject(2, session.userId().value());
            ps.setString(3, session.userAgent().orElse(null));
            ps.setObject(4, utc(session.lastUsedAt()));
            ps.setObject(5, utc(session.expiresAt()));
            ps.setObject(6, utc(session.createdAt()));
            ps.setObject(7, utc(session.createdAt()));
            return ps.executeUpdate();
        });
    }

    @Override
    public void addRefreshToken(RefreshTokenHash hash, SessionId session, Instant issuedAt) {
        jdbc.prepareStatement(INSERT_TOKEN, ps -> {
            ps.setObject(1, ids.newId());
            ps.setString(2, hash.value());
            ps.setObject(3, session.value());
            ps.setObject(4, utc(issuedAt));
            ps.setObject(5, utc(issuedAt));
            return ps.executeUpdate();
        });
    }

    @Override
    public Optional<LockedRefreshToken> lockRefreshToken(RefreshTokenHash hash) {
        return jdbc.prepareStatement(LOCK_TOKEN, ps -> {
            ps.setString(1, hash.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                boolean used = rs.getObject(1) != null;
                return Optional.of(new LockedRefreshToken(hash, session(rs, 2), used));
            }
        });
    }

    @Override
    public void markRefreshTokenUsed(RefreshTokenHash hash, Instant usedAt) {
        jdbc.prepareStatement(MARK_USED, ps -> {
            ps.setObject(1, utc(usedAt));
            ps.setObject(2, utc(usedAt));
            ps.setString(3, hash.value());
            return ps.executeUpdate();
        });
    }

    @Override
    public Optional<Session> find(SessionId id) {
        return jdbc.prepareStatement(FIND, ps -> {
            ps.setObject(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(session(rs, 1)) : Optional.empty();
            }
        });
    }

    @Override
    public List<Session> findActive(UserId user, Instant now) {
        return jdbc.prepareStatement(FIND_ACTIVE, ps -> {
            ps.setObject(1, user.value());
            ps.setObject(2, utc(now));
            List<Session> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(session(rs, 1));
                }
            }
            return found;
        });
    }

    @Override
    public void update(Session session) {
        int updated = jdbc.prepareStatement(UPDATE, ps -> {
            Instant now = session.revokedAt().filter(r -> r.isAfter(session.lastUsedAt())).orElse(session.lastUsedAt());
            ps.setObject(1, utc(session.lastUsedAt()));
            ps.setObject(2, session.revokedAt().map(SqlTimes::utc).orElse(null));
            ps.setObject(3, utc(now));
            ps.setObject(4, session.id().value());
            ps.setLong(5, session.version());
            return ps.executeUpdate();
        });
        if (updated != 1) {
            throw new ConcurrentUpdateException("session", session.id());
        }
    }

    @Override
    public int revokeAll(UserId user, Instant now) {
        return jdbc.prepareStatement(REVOKE_ALL, ps -> {
            ps.setObject(1, utc(now));
            ps.setObject(2, utc(now));
            ps.setObject(3, user.value());
            return ps.executeUpdate();
        });
    }

    @Override
    public int purgeEndedBefore(Instant before, int batchSize) {
        return jdbc.prepareStatement(PURGE, ps -> {
            ps.setObject(1, utc(before));
            ps.setObject(2, utc(before));
            ps.setInt(3, batchSize);
            return ps.executeUpdate();
        });
    }

    private static Session session(ResultSet rs, int first) throws SQLException {
        return Session.rehydrate(new SessionId(rs.getObject(first, UUID.class)),
                new UserId(rs.getObject(first + 1, UUID.class)), instant(rs, first + 2), instant(rs, first + 3),
                instant(rs, first + 4), rs.getString(first + 5), instant(rs, first + 6), rs.getLong(first + 7));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

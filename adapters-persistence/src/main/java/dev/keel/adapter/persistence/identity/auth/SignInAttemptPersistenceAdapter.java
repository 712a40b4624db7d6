package dev.keel.adapter.persistence.identity.auth;

import dev.keel.application.identity.auth.SignInAttempts;
import dev.keel.application.shared.IdGenerator;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** {@link SignInAttempts} on the append-only {@code sign_in_failure} table: one row per failure. */
@Singleton
public final class SignInAttemptPersistenceAdapter implements SignInAttempts {

    private static final String INSERT = "INSERT INTO sign_in_failure (id, subject, created_at, updated_at, version) VALUES (?, ?, ?, ?, 0)";
    private static final String LATEST = """
            SELECT created_at FROM sign_in_failure WHERE subject = ? AND created_at > ?
             ORDER BY created_at DESC LIMIT ?""";
    private static final String CLEAR = "DELETE FROM sign_in_failure WHERE subject = ?";
    private static final String PURGE = """
            DELETE FROM sign_in_failure WHERE id IN (
                SELECT id FROM sign_in_failure WHERE created_at <= ? LIMIT ? FOR UPDATE SKIP LOCKED)""";

    private final JdbcOperations jdbc;
    private final IdGenerator ids;

    SignInAttemptPersistenceAdapter(JdbcOperations jdbc, IdGenerator ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    @Override
    public void recordFailure(String subject, Instant at) {
        jdbc.prepareStatement(INSERT, ps -> {
            ps.setObject(1, ids.newId());
            ps.setString(2, subject);
            ps.setObject(3, at.atOffset(ZoneOffset.UTC));
            ps.setObject(4, at.atOffset(ZoneOffset.UTC));
            return ps.executeUpdate();
        });
    }

    @Override
    public List<Instant> latestFailures(String subject, Instant since, int limit) {
        return jdbc.prepareStatement(LATEST, ps -> {
            ps.setString(1, subject);
            ps.setObject(2, since.atOffset(ZoneOffset.UTC));
            ps.setInt(3, limit);
            List<Instant> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
            return found;
        });
    }

    @Override
    public void clear(String subject) {
        jdbc.prepareStatement(CLEAR, ps -> {
            ps.setString(1, subject);
            return ps.executeUpdate();
        });
    }

    @Override
    public int purgeBefore(Instant before, int batchSize) {
        return jdbc.prepareStatement(PURGE, ps -> {
            ps.setObject(1, before.atOffset(ZoneOffset.UTC));
            ps.setInt(2, batchSize);
            return ps.executeUpdate();
        });
    }
}

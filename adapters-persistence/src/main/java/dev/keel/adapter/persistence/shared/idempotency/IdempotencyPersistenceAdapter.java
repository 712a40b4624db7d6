package dev.keel.adapter.persistence.shared.idempotency;

import dev.keel.application.shared.idempotency.IdempotencyClaim;
import dev.keel.application.shared.idempotency.IdempotencyStore;
import dev.keel.application.shared.idempotency.StoredResponse;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link IdempotencyStore} on the {@code idempotency_key} table. A claim is one upsert: the unique key
 * makes concurrent claims of one key serialize in PostgreSQL, and exactly one of them gets the row back.
 */
@Singleton
public final class IdempotencyPersistenceAdapter implements IdempotencyStore {

    private static final String CLAIM = """
            INSERT INTO idempotency_key (id, request_key, fingerprint, status, locked_until, expires_at,
                                         created_at, updated_at, version)
            VALUES (?, ?, ?, 'IN_PROGRESS', ?, ?, ?, ?, 0)
            ON CONFLICT (request_key) DO UPDATE
               SET fingerprint = EXCLUDED.fingerprint, status = 'IN_PROGRESS', response_status = NULL,
                   response_headers = NULL, response_body = NULL, locked_until = EXCLUDED.locked_until,
                   expires_at = EXCLUDED.expires_at, created_at = EXCLUDED.created_at,
                   updated_at = EXCLUDED.updated_at, version = idempotency_key.version + 1
             WHERE idempotency_key.expires_at <= EXCLUDED.created_at
                OR (idempotency_key.status = 'IN_PROGRESS' AND idempotency_key.locked_until <= EXCLUDED.created_at)
            RETURNING id""";
    private static final String FIND = """
            SELECT fingerprint, status, response_status, response_headers, response_body
              FROM idempotency_key WHERE request_key = ?""";
    private static final String COMPLETE = """
            UPDATE idempotency_key
               SET status = 'COMPLETED', response_status = ?, response_headers = ?, response_body = ?,
                   updated_at = ?, version = version + 1
             WHERE request_key = ? AND status = 'IN_PROGRESS'""";
    private static final String RELEASE = "DELETE FROM idempotency_key WHERE request_key = ? AND status = 'IN_PROGRESS'";
    private static final String PURGE = """
            DELETE FROM idempotency_key WHERE id IN (
                SELECT id FROM idempotency_key WHERE expires_at < ? LIMIT ? FOR UPDATE SKIP LOCKED)""";

    private final JdbcOperations jdbc;
    private final UnitOfWork unitOfWork;
    private final IdGenerator ids;
    private final Clock clock;

    IdempotencyPersistenceAdapter(JdbcOperations jdbc, UnitOfWork unitOfWork, IdGenerator ids, Clock clock) {
        this.jdbc = jdbc;
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public IdempotencyClaim claim(String key, String fingerprint, Instant now, Duration lease, Duration retention) {
        return unitOfWork.write(() -> {
            // A holder may release the key between our upsert and our read; then it is free: claim again.
            for (int attempt = 0; attempt < 3; attempt++) {
                if (upsert(key, fingerprint, now, lease, retention)) {
                    return new IdempotencyClaim.Acquired();
                }
                Optional<IdempotencyClaim> taken = existing(key);
                if (taken.isPresent()) {
                    return taken.get();
                }
            }
            throw new IllegalStateException("idempotency key kept vanishing between claim and read");
        });
    }

    private boolean upsert(String key, String fingerprint, Instant now, Duration lease, Duration retention) {
        return jdbc.prepareStatement(CLAIM, ps -> {
            ps.setObject(1, ids.newId());
            ps.setString(2, key);
            ps.setString(3, fingerprint);
            ps.setObject(4, now.plus(lease).atOffset(ZoneOffset.UTC));
            ps.setObject(5, now.plus(retention).atOffset(ZoneOffset.UTC));
            ps.setObject(6, now.atOffset(ZoneOffset.UTC));
            ps.setObject(7, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    private Optional<IdempotencyClaim> existing(String key) {
        return jdbc.prepareStatement(FIND, ps -> {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Optional<StoredResponse> response = "COMPLETED".equals(rs.getString("status"))
                        ? Optional.of(new StoredResponse(rs.getInt("response_status"),
                        headers(rs.getArray("response_headers")), rs.getString("response_body")))
                        : Optional.empty();
                return Optional.of(new IdempotencyClaim.Taken(rs.getString("fingerprint"), response));
            }
        });
    }

    @Override
    public void complete(String key, StoredResponse response) {
        unitOfWork.write(() -> jdbc.prepareStatement(COMPLETE, ps -> {
            ps.setInt(1, response.status());
            ps.setArray(2, ps.getConnection().createArrayOf("text", flatten(response.headers())));
            ps.setString(3, response.body());
            ps.setObject(4, clock.now().atOffset(ZoneOffset.UTC));
            ps.setString(5, key);
            return ps.executeUpdate();
        }));
    }

    @Override
    public void release(String key) {
        unitOfWork.write(() -> jdbc.prepareStatement(RELEASE, ps -> {
            ps.setString(1, key);
            return ps.executeUpdate();
        }));
    }

    @Override
    public int purgeExpired(Instant now, int batchSize) {
        return unitOfWork.write(() -> jdbc.prepareStatement(PURGE, ps -> {
            ps.setObject(1, now.atOffset(ZoneOffset.UTC));
            ps.setInt(2, batchSize);
            return ps.executeUpdate();
        }));
    }

    /** Headers are stored as one text array of alternating names and values. */
    private static String[] flatten(Map<String, String> headers) {
        return headers.entrySet().stream()
                .flatMap(header -> java.util.stream.Stream.of(header.getKey(), header.getValue()))
                .toArray(String[]::new);
    }

    private static Map<String, String> headers(Array array) throws SQLException {
        Map<String, String> headers = new LinkedHashMap<>();
        if (array != null) {
            String[] flat = (String[]) array.getArray();
            for (int i = 0; i + 1 < flat.length; i += 2) {
                headers.put(flat[i], flat[i + 1]);
            }
        }
        return headers;
    }
}

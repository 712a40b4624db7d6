package dev.keel.adapter.persistence.shared.idempotency;

import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.idempotency.IdempotencyRecord;
import dev.keel.application.shared.idempotency.IdempotencyStore;
import dev.keel.application.shared.idempotency.StoredResponse;
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
import java.util.stream.Stream;

/**
 * {@link IdempotencyStore} on the {@code idempotency_key} table, inside the caller's transaction. The key's
 * lock is a transaction-level advisory lock: PostgreSQL releases it at commit or rollback, including when the
 * connection dies, so a crashed request never leaves a key blocked.
 */
@Singleton
public final class IdempotencyPersistenceAdapter implements IdempotencyStore {

    /** The advisory-lock namespace of idempotency keys ('KEEL' in ASCII), so other locks cannot collide. */
    private static final int LOCK_NAMESPACE = 0x4B45454C;
    private static final String TRY_LOCK = "SELECT pg_try_advisory_xact_lock(?, hashtext(? || ' ' || ?))";
    private static final String FIND = """
            SELECT fingerprint, response_status, response_headers, response_body
              FROM idempotency_key WHERE scope = ? AND request_key = ? AND expires_at > ?""";
    private static final String SAVE = """
            INSERT INTO idempotency_key (id, scope, request_key, fingerprint, response_status, response_headers,
                                         response_body, expires_at, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
            ON CONFLICT (scope, request_key) DO UPDATE
               SET fingerprint = EXCLUDED.fingerprint, response_status = EXCLUDED.response_status,
                   response_headers = EXCLUDED.response_headers, response_body = EXCLUDED.response_body,
                   expires_at = EXCLUDED.expires_at, created_at = EXCLUDED.created_at,
                   updated_at = EXCLUDED.updated_at, version = idempotency_key.version + 1
             WHERE idempotency_key.expires_at <= EXCLUDED.created_at""";
    private static final String PURGE = """
            DELETE FROM idempotency_key WHERE id IN (
                SELECT id FROM idempotency_key WHERE expires_at < ? LIMIT ? FOR UPDATE SKIP LOCKED)""";

    private final JdbcOperations jdbc;
    private final IdGenerator ids;

    IdempotencyPersistenceAdapter(JdbcOperations jdbc, IdGenerator ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    @Override
    public boolean tryLock(String scope, String key) {
        return jdbc.prepareStatement(TRY_LOCK, ps -> {
            ps.setInt(1, LOCK_NAMESPACE);
            ps.setString(2, scope);
            ps.setString(3, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    @Override
    public Optional<IdempotencyRecord> find(String scope, String key, Instant now) {
        return jdbc.prepareStatement(FIND, ps -> {
            ps.setString(1, scope);
            ps.setString(2, key);
            ps.setObject(3, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                var response = new StoredResponse(rs.getInt("response_status"), headers(rs.getArray("response_headers")),
                        rs.getString("response_body"));
                return Optional.of(new IdempotencyRecord(rs.getString("fingerprint"), response));
            }
        });
    }

    @Override
    public void save(String scope, String key, IdempotencyRecord record, Instant now, Duration retention) {
        int written = jdbc.prepareStatement(SAVE, ps -> {
            ps.setObject(1, ids.newId());
            ps.setString(2, scope);
            ps.setString(3, key);
            ps.setString(4, record.fingerprint());
            ps.setInt(5, record.response().status());
            ps.setArray(6, ps.getConnection().createArrayOf("text", flatten(record.response().headers())));
            ps.setString(7, record.response().body());
            ps.setObject(8, now.plus(retention).atOffset(ZoneOffset.UTC));
            ps.setObject(9, now.atOffset(ZoneOffset.UTC));
            ps.setObject(10, now.atOffset(ZoneOffset.UTC));
            return ps.executeUpdate();
        });
        if (written != 1) {
            // Only possible when a caller saves without holding the key's lock: never overwrite a live record.
            throw new IllegalStateException("idempotency key already has a live record");
        }
    }

    @Override
    public int purgeExpired(Instant now, int batchSize) {
        return jdbc.prepareStatement(PURGE, ps -> {
            ps.setObject(1, now.atOffset(ZoneOffset.UTC));
            ps.setInt(2, batchSize);
            return ps.executeUpdate();
        });
    }

    /** Headers are stored as one text array of alternating names and values. */
    private static String[] flatten(Map<String, String> headers) {
        return headers.entrySet().stream()
                .flatMap(header -> Stream.of(header.getKey(), header.getValue()))
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

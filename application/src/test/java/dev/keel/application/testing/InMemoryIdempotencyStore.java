package dev.keel.application.testing;

import dev.keel.application.shared.idempotency.IdempotencyRecord;
import dev.keel.application.shared.idempotency.IdempotencyStore;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Idempotency records in a map, with the retention rules of the real store. Its lock is held only by what a
 * test declares running elsewhere ({@link #holdElsewhere}); transactions are the PostgreSQL adapter's business.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private record Entry(IdempotencyRecord record, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final Set<String> heldElsewhere = new HashSet<>();

    /** From now on {@code key}'s lock in {@code scope} belongs to another (still running) request. */
    public void holdElsewhere(String scope, String key) {
        heldElsewhere.add(scoped(scope, key));
    }

    @Override
    public boolean tryLock(String scope, String key) {
        return !heldElsewhere.contains(scoped(scope, key));
    }

    @Override
    public Optional<IdempotencyRecord> find(String scope, String key, Instant now) {
        return Optional.ofNullable(entries.get(scoped(scope, key))).filter(entry -> entry.expiresAt().isAfter(now))
                .map(Entry::record);
    }

    @Override
    public void save(String scope, String key, IdempotencyRecord record, Instant now, Duration retention) {
        if (find(scope, key, now).isPresent()) {
            throw new IllegalStateException("idempotency key already has a live record");
        }
        entries.put(scoped(scope, key), new Entry(record, now.plus(retention)));
    }

    @Override
    public int purgeExpired(Instant now, int batchSize) {
        int purged = 0;
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext() && purged < batchSize; ) {
            if (it.next().expiresAt().isBefore(now)) {
                it.remove();
                purged++;
            }
        }
        return purged;
    }

    private static String scoped(String scope, String key) {
        return scope + '\n' + key;
    }

    public int size() {
        return entries.size();
    }
}

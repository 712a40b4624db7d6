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

    /** From now on {@code key}'s lock belongs to another (still running) request. */
    public void holdElsewhere(String key) {
        heldElsewhere.add(key);
    }

    @Override
    public boolean tryLock(String key) {
        return !heldElsewhere.contains(key);
    }

    @Override
    public Optional<IdempotencyRecord> find(String key, Instant now) {
        return Optional.ofNullable(entries.get(key)).filter(entry -> entry.expiresAt().isAfter(now))
                .map(Entry::record);
    }

    @Override
    public void save(String key, IdempotencyRecord record, Instant now, Duration retention) {
        if (find(key, now).isPresent()) {
            throw new IllegalStateException("idempotency key already has a live record");
        }
        entries.put(key, new Entry(record, now.plus(retention)));
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

    public int size() {
        return entries.size();
    }
}

package dev.keel.application.testing;

import dev.keel.application.shared.idempotency.IdempotencyClaim;
import dev.keel.application.shared.idempotency.IdempotencyStore;
import dev.keel.application.shared.idempotency.StoredResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Idempotency keys in a map, with the lease and retention rules of the real store. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    public record Entry(String fingerprint, Instant claimedAt, Instant leaseEnds, Instant retainedUntil,
                        Optional<StoredResponse> response) {
    }

    public record ClaimCall(String key, String fingerprint, Instant now, Duration lease, Duration retention) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final List<ClaimCall> claims = new ArrayList<>();
    private final List<String> released = new ArrayList<>();

    @Override
    public IdempotencyClaim claim(String key, String fingerprint, Instant now, Duration lease, Duration retention) {
        claims.add(new ClaimCall(key, fingerprint, now, lease, retention));
        Entry existing = entries.get(key);
        boolean free = existing == null
                || !now.isBefore(existing.retainedUntil())
                || (existing.response().isEmpty() && !now.isBefore(existing.leaseEnds()));
        if (free) {
            entries.put(key, new Entry(fingerprint, now, now.plus(lease), now.plus(retention), Optional.empty()));
            return new IdempotencyClaim.Acquired();
        }
        return new IdempotencyClaim.Taken(existing.fingerprint(), existing.response());
    }

    @Override
    public void complete(String key, StoredResponse response) {
        Entry entry = entries.get(key);
        if (entry == null || entry.response().isPresent()) {
            throw new IllegalStateException("key " + key + " is not held by an unfinished request");
        }
        entries.put(key, new Entry(entry.fingerprint(), entry.claimedAt(), entry.leaseEnds(), entry.retainedUntil(),
                Optional.of(response)));
    }

    @Override
    public void release(String key) {
        released.add(key);
        entries.remove(key);
    }

    @Override
    public int purgeExpired(Instant now, int batchSize) {
        int purged = 0;
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext() && purged < batchSize; ) {
            if (it.next().retainedUntil().isBefore(now)) {
                it.remove();
                purged++;
            }
        }
        return purged;
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public List<ClaimCall> claims() {
        return List.copyOf(claims);
    }

    public List<String> released() {
        return List.copyOf(released);
    }
}

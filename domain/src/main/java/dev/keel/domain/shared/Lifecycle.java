package dev.keel.domain.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The timestamps of a soft-deletable aggregate and whether it changed since it was created or read. Aggregates call
 * {@link #touch} only when a value really changes, so unchanged aggregates are never written and their version never
 * advances.
 */
public final class Lifecycle {

    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    private boolean changed;

    private Lifecycle(Instant createdAt, Instant updatedAt, Instant deletedAt) {
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.deletedAt = deletedAt;
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt must not be before createdAt");
        }
    }

    /** A live aggregate created at {@code now}. */
    public static Lifecycle startingAt(Instant now) {
        return new Lifecycle(now, now, null);
    }

    /** An aggregate's stored timestamps; {@code deletedAt} null when it is live. */
    public static Lifecycle stored(Instant createdAt, Instant updatedAt, Instant deletedAt) {
        return new Lifecycle(createdAt, updatedAt, deletedAt);
    }

    /** Records a change made at {@code now}; a clock that steps back never makes {@code updatedAt} go backwards. */
    public void touch(Instant now) {
        updatedAt = now.isAfter(updatedAt) ? now : updatedAt;
        changed = true;
    }

    /** Marks the aggregate deleted; no change when it already is. */
    public void softDelete(Instant now) {
        if (deletedAt == null) {
            deletedAt = now;
            touch(now);
        }
    }

    /** Brings a deleted aggregate back; no change when it is live. */
    public void restore(Instant now) {
        if (deletedAt != null) {
            deletedAt = null;
            touch(now);
        }
    }

    public boolean hasChanges() {
        return changed;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }
}

package dev.keel.application.shared;

import dev.keel.domain.shared.paging.PageRequest;

import java.util.function.Supplier;

/**
 * One database transaction around one use case: commits when the work returns, rolls back when it
 * throws. Implementations translate "the database cannot serve now" into {@link DatabaseUnavailableException}.
 */
public interface UnitOfWork {

    /** Read-write work at READ COMMITTED. */
    default <T> T write(Supplier<T> work) {
        return write(Isolation.READ_COMMITTED, work);
    }

    /**
     * Read-write work at READ COMMITTED that may run again from the start, a bounded number of times, when the database
     * aborts it for a deadlock or a serialization failure (40P01, 40001), or when a versioned row it read was changed by
     * another transaction before it wrote it ({@code ConcurrentUpdateException}): for use cases whose work only reads
     * and writes the database, so that running it again is safe. Running again reads the row anew: a change without a
     * precondition then applies to it, and one made on an expected version meets the new version and fails that
     * precondition. Implementations without such failures just run it once.
     */
    default <T> T writeRetryingConflicts(Supplier<T> work) {
        return write(work);
    }

    /**
     * Like {@link #writeRetryingConflicts(Supplier)}, but when every attempt collided the exception {@code whenExhausted}
     * makes is thrown instead of the default conflict.
     */
    default <T> T writeRetryingConflicts(Supplier<T> work, Supplier<? extends RuntimeException> whenExhausted) {
        return write(work);
    }

    /**
     * Inside write work: waits until no other unit of work holds the lock named {@code resource} (at most the database's
     * lock timeout), then holds it until this unit of work ends. For a change that concurrent runs of itself would keep
     * moving from under each other, such as the moves of one task (each locks the column the task is in, which the
     * others change): with it they run one after the other.
     */
    void lockExclusively(String resource);

    /** Read-write work at the given isolation level. */
    <T> T write(Isolation isolation, Supplier<T> work);

    /**
     * Read-only work at the given isolation level. At READ COMMITTED the work may run without a transaction,
     * statement by statement (each statement sees its own snapshot, as it would in a READ COMMITTED transaction):
     * use REPEATABLE_READ when several statements must see the same data.
     */
    <T> T read(Isolation isolation, Supplier<T> work);

    /** Read-only work at READ COMMITTED (see {@link #read(Isolation, Supplier)}). */
    default <T> T read(Supplier<T> work) {
        return read(Isolation.READ_COMMITTED, work);
    }

    /**
     * Work inside the current transaction behind a savepoint: when it throws, only its own changes are
     * rolled back and the exception propagates; the surrounding work may catch it and go on.
     */
    <T> T nested(Supplier<T> work);

    enum Isolation {
        READ_COMMITTED,
        REPEATABLE_READ,
        SERIALIZABLE;

        /**
         * The level a list read needs: an offset page counts, then reads, and both must see the same rows (one snapshot);
         * a keyset slice is one statement.
         */
        public static Isolation forPage(PageRequest page) {
            return page instanceof PageRequest.Offset ? REPEATABLE_READ : READ_COMMITTED;
        }
    }
}

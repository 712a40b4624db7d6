package dev.keel.adapter.persistence.shared;

import dev.keel.application.shared.DatabaseUnavailableException;
import dev.keel.application.shared.MissingUserReferenceException;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.shared.ConflictException;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The unit of work on Micronaut's JDBC transaction manager, spending as few round trips as each kind of work
 * allows:
 * <ul>
 *   <li>a read at READ COMMITTED runs on a plain autocommit connection, with no transaction at all: at that level
 *   every statement takes its own snapshot anyway, so a single read is a single round trip;</li>
 *   <li>a write at READ COMMITTED (the connections' default level) opens a transaction without asking or setting
 *   the level: its BEGIN travels with the first statement, then one COMMIT;</li>
 *   <li>a stricter level is set by the transaction's first statement ({@code SET TRANSACTION ISOLATION LEVEL
 *   ...}, which also carries READ ONLY for reads), instead of reading, changing and restoring the session's.</li>
 * </ul>
 * A unit of work started inside another one joins it. One that needs a connection of its own first passes the
 * {@link ConnectionGate}, so that it waits for one there rather than inside the pool. Failures that mean "the
 * database cannot serve now" (no connection in time, connection lost, statement or lock timeout) leave as
 * {@link DatabaseUnavailableException}; everything else passes through unchanged.
 */
@Singleton
public final class JdbcUnitOfWork implements UnitOfWork {

    /**
     * SQLSTATEs of transient unavailability: 57014 query_canceled (statement_timeout), 55P03
     * lock_not_available (lock_timeout), 53300 too_many_connections, 57P01..57P03 server shutting down or
     * starting up. Class 08 (connection exceptions) is matched by prefix.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57014", "55P03", "53300", "57P01", "57P02", "57P03");
    /** SQLSTATEs after which the whole transaction may run again: 40P01 deadlock_detected, 40001 serialization_failure. */
    private static final Set<String> RETRYABLE_STATES = Set.of("40P01", "40001");
    static final int MAX_ATTEMPTS = 3;
    /**
     * How long work that keeps losing its optimistic lock keeps trying, from its first attempt (and at least
     * {@link #MAX_ATTEMPTS} times, should those be slow). From the second attempt on it queues behind the others
     * retrying the same row, so what can still beat it is a first attempt that read the row after the last change and
     * wrote first: one for each request that got a connection meanwhile, as many as a burst holds, but never for long.
     * A count of attempts could run out in a large burst (eight did, once, in a test of 48 changes at once); a time
     * bounds the wait as the lock timeout bounds a lock's.
     */
    static final Duration LOST_LOCK_RETRY_WINDOW = Duration.ofSeconds(2);
    /** A lock of the transaction on a 64-bit hash of a resource's name (PostgreSQL's advisory locks take integers). */
    private static final String ADVISORY_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))";
    private static final TransactionDefinition TRANSACTION = TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRED);

    private final TransactionOperations<Connection> transactions;
    private final ConnectionOperations<Connection> connections;
    private final ConnectionGate gate;

    public JdbcUnitOfWork(TransactionOperations<Connection> transactions, ConnectionOperations<Connection> connections,
                          @Named("default") DatasourceConfiguration pool) {
        this.transactions = transactions;
        this.connections = connections;
        this.gate = new ConnectionGate(pool.getPoolName(), pool.getMaximumPoolSize(),
                Duration.ofMillis(pool.getConnectionTimeout()));
    }

    /** Units of work waiting now for a connection of their own (at the gate, so the pool's own count stays near 0). */
    public int waitingForConnection() {
        return gate.waiting();
    }

    @Override
    public <T> T write(Isolation isolation, Supplier<T> work) {
        return transaction(isolation, false, work);
    }

    @Override
    public <T> T writeRetryingConflicts(Supplier<T> work) {
        return writeRetryingConflicts(work,
                () -> new ConflictException("the change kept colliding with concurrent changes; retry it"));
    }

    @Override
    public <T> T writeRetryingConflicts(Supplier<T> work, Supplier<? extends RuntimeException> whenExhausted) {
        if (inTransaction()) {
            return work.get();
        }
        String contended = null;
        long giveUpAfter = System.nanoTime() + LOST_LOCK_RETRY_WINDOW.toNanos();
        for (int attempt = 1; ; attempt++) {
            String queueOn = contended;
            try {
                return transaction(Isolation.READ_COMMITTED, false, () -> {
                    if (queueOn != null) {
                        // The changes that collided on the same row run again one after the other, each reading what
                        // the one before it wrote, instead of colliding again.
                        lockExclusively(queueOn);
                    }
                    return work.get();
                });
            } catch (RuntimeException e) {
                ConcurrentUpdateException lost = lostOptimisticLock(e);
                if (!hasState(e, RETRYABLE_STATES) && lost == null) {
                    throw e;
                }
                if (attempt >= MAX_ATTEMPTS && (lost == null || System.nanoTime() - giveUpAfter >= 0)) {
                    throw whenExhausted.get();
                }
                if (lost != null) {
                    contended = lost.resource();
                }
            }
        }
    }

    /** A transaction-scoped advisory lock on a 64-bit hash of the name: released by COMMIT or ROLLBACK. */
    @Override
    public void lockExclusively(String resource) {
        if (!inTransaction()) {
            throw new IllegalStateException("a lock of " + resource + " needs write work to hold it");
        }
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(ADVISORY_LOCK)) {
            statement.setString(1, resource);
            statement.execute();
        } catch (SQLException e) {
            throw new DataAccessException("could not lock " + resource, e);
        }
    }

    @Override
    public <T> T read(Isolation isolation, Supplier<T> work) {
        if (isolation == Isolation.READ_COMMITTED && !inTransaction()) {
            return translating(() -> withConnection(
                    () -> connections.execute(ConnectionDefinition.DEFAULT, status -> work.get())));
        }
        return transaction(isolation, true, work);
    }

    @Override
    public <T> T nested(Supplier<T> work) {
        return translating(() -> withConnection(() -> transactions.execute(
                TransactionDefinition.of(TransactionDefinition.Propagation.NESTED), status -> work.get())));
    }

    private <T> T transaction(Isolation isolation, boolean readOnly, Supplier<T> work) {
        if (inTransaction()) {
            // Inside another unit of work: join it plainly. Its outermost unit decides commit or rollback (and
            // its isolation level holds); a failure passes through untouched, so a surrounding nested() can
            // roll back to its savepoint and carry on.
            return work.get();
        }
        return translating(() -> withConnection(() -> transactions.execute(TRANSACTION, status -> {
            characteristics(isolation, readOnly).ifPresent(this::execute);
            return work.get();
        })));
    }

    /**
     * The work, holding a permit of the gate unless it runs on a connection the caller already holds. When the pool
     * found no connection for it within the pool's own timeout, those waiting at the gate fail with it rather than
     * wait as long again in the pool once admitted: a wait for a connection stays within one connection timeout.
     */
    private <T> T withConnection(Supplier<T> work) {
        if (connections.findConnectionStatus().isPresent()) {
            return work.get();
        }
        gate.enter();
        boolean poolHadNone = false;
        try {
            return work.get();
        } catch (RuntimeException e) {
            // HikariCP's failure to find a connection within its timeout.
            poolHadNone = cause(e, SQLTransientConnectionException.class) != null;
            throw e;
        } finally {
            if (poolHadNone) {
                gate.leaveUnserved();
            } else {
                gate.leave();
            }
        }
    }



    private boolean inTransaction() {
        return transactions.findTransactionStatus().isPresent();
    }

    /** The SET TRANSACTION that makes this transaction what the work asked for, if the defaults are not. */
    private static Optional<String> characteristics(Isolation isolation, boolean readOnly) {
        String level = switch (isolation) {
            case READ_COMMITTED -> null;
            case REPEATABLE_READ -> "ISOLATION LEVEL REPEATABLE READ";
            case SERIALIZABLE -> "ISOLATION LEVEL SERIALIZABLE";
        };
        if (level == null && !readOnly) {
            return Optional.empty();
        }
        String mode = readOnly ? "READ ONLY" : null;
        return Optional.of("SET TRANSACTION " + String.join(", ",
                Stream.of(level, mode).filter(Objects::nonNull).toList()));
    }

    private void execute(String sql) {
        try (Statement statement = transactions.getConnection().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new DataAccessException("could not set the transaction's characteristics", e);
        }
    }

    private static <T> T translating(Supplier<T> work) {
        try {
            return work.get();
        } catch (DatabaseUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isUnavailability(e)) {
                throw new DatabaseUnavailableException("the database cannot serve now", e);
            }
            throw MissingUsers.referencedBy(e).<RuntimeException>map(user -> new MissingUserReferenceException(user, e))
                    .orElse(e);
        }
    }

    /** The failure that says a versioned row the work read was changed before the work wrote it, if it is one. */
    private static ConcurrentUpdateException lostOptimisticLock(Throwable failure) {
        return cause(failure, ConcurrentUpdateException.class);
    }

    /** The failure or the first of its causes of that type, or null. */
    private static <X extends Throwable> X cause(Throwable failure, Class<X> type) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean hasState(Throwable failure, Set<String> states) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && states.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailability(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // Micronaut's failures to prepare or reset a connection (e.g. one the server or pool just closed).
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}

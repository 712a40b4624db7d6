package dev.keel.adapter.persistence.shared;

import dev.keel.application.shared.DatabaseUnavailableException;
import dev.keel.application.shared.UnitOfWork;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The unit of work on Micronaut's JDBC transaction manager. A unit of work started inside another one joins
 * it. Failures that mean "the database cannot
 * serve now" (no connection in time, connection lost, statement or lock timeout) leave as
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

    private final TransactionOperations<Connection> transactions;

    public JdbcUnitOfWork(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T write(Isolation isolation, Supplier<T> work) {
        return run(definition(isolation, false), work);
    }

    @Override
    public <T> T read(Isolation isolation, Supplier<T> work) {
        return run(definition(isolation, true), work);
    }

    @Override
    public <T> T nested(Supplier<T> work) {
        return run(TransactionDefinition.of(TransactionDefinition.Propagation.NESTED), work);
    }

    private <T> T run(TransactionDefinition definition, Supplier<T> work) {
        if (definition.getPropagationBehavior() == TransactionDefinition.Propagation.REQUIRED
                && transactions.findTransactionStatus().isPresent()) {
            // Inside another unit of work: join it plainly. Its outermost unit decides commit or rollback (and
            // its isolation level holds); a failure passes through untouched, so a surrounding nested() can
            // roll back to its savepoint and carry on.
            return work.get();
        }
        try {
            return transactions.execute(definition, status -> work.get());
        } catch (DatabaseUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw isUnavailability(e) ? new DatabaseUnavailableException("the database cannot serve now", e) : e;
        }
    }

    private static TransactionDefinition definition(Isolation isolation, boolean readOnly) {
        var definition = new DefaultTransactionDefinition(TransactionDefinition.Propagation.REQUIRED);
        definition.setReadOnly(readOnly);
        definition.setIsolationLevel(switch (isolation) {
            case READ_COMMITTED -> TransactionDefinition.Isolation.READ_COMMITTED;
            case REPEATABLE_READ -> TransactionDefinition.Isolation.REPEATABLE_READ;
            case SERIALIZABLE -> TransactionDefinition.Isolation.SERIALIZABLE;
        });
        return definition;
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

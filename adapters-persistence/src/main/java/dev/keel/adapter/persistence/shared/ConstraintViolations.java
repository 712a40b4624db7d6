package dev.keel.adapter.persistence.shared;

import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.util.function.Supplier;

/** Turns the violation of one named unique index, or of one named restriction, into the domain's conflict. */
public final class ConstraintViolations {

    private ConstraintViolations() {
    }

    /** Runs {@code write}; when it breaks {@code index}, throws what {@code conflict} makes instead. */
    public static <T> T translate(String index, Supplier<? extends RuntimeException> conflict, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (violates(e, index)) {
                throw conflict.get();
            }
            throw e;
        }
    }

    /**
     * Runs {@code write}; when {@code constraint} refuses it, throws what {@code conflict} makes. The constraint is a
     * guard that raises restrict_violation (23001) naming it, or a foreign key that still has rows referencing a row
     * the write deletes (foreign_key_violation, 23503).
     */
    public static <T> T translateRestriction(String constraint, Supplier<? extends RuntimeException> conflict,
                                             Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (breaks(e, RESTRICT_VIOLATION, constraint)
                    || breaks(e, PSQLState.FOREIGN_KEY_VIOLATION.getState(), constraint)) {
                throw conflict.get();
            }
            throw e;
        }
    }

    /** Whether {@code failure} or one of its causes is a unique violation of {@code index}. */
    public static boolean violates(Throwable failure, String index) {
        return breaks(failure, PSQLState.UNIQUE_VIOLATION.getState(), index);
    }

    private static final String RESTRICT_VIOLATION = "23001";

    private static boolean breaks(Throwable failure, String sqlState, String constraint) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof PSQLException psql && sqlState.equals(psql.getSQLState())
                    && psql.getServerErrorMessage() != null && constraint.equals(psql.getServerErrorMessage().getConstraint())) {
                return true;
            }
        }
        return false;
    }
}

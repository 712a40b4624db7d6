package dev.keel.adapter.persistence.shared;

import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.util.function.Supplier;

/** Turns the violation of one named unique index into the domain's conflict. */
public final class UniqueViolations {

    private UniqueViolations() {
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

    /** Whether {@code failure} or one of its causes is a unique violation of {@code index}. */
    public static boolean violates(Throwable failure, String index) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof PSQLException psql && PSQLState.UNIQUE_VIOLATION.getState().equals(psql.getSQLState())
                    && psql.getServerErrorMessage() != null && index.equals(psql.getServerErrorMessage().getConstraint())) {
                return true;
            }
        }
        return false;
    }
}

package dev.keel.adapter.persistence.shared;

import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a write that referenced a user row that is gone: a foreign-key violation (23503) of a constraint named
 * {@code fk_<table>_<column>_app_user} (the schema's naming rule, which SchemaConventionsTest enforces) reported on
 * the referencing table, whose detail names the missing key. A violation reported on {@code app_user} itself is the
 * other direction (a user still referenced) and is not one.
 */
final class MissingUsers {

    private static final String USER_REFERENCE_SUFFIX = "_app_user";
    private static final String USER_TABLE = "app_user";
    private static final Pattern KEY = Pattern.compile(
            "\\(([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\)");

    private MissingUsers() {
    }

    /** The id of the missing user {@code failure} (or one of its causes) complains about, if it is such a violation. */
    static Optional<UUID> referencedBy(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof PSQLException psql
                    && PSQLState.FOREIGN_KEY_VIOLATION.getState().equals(psql.getSQLState())) {
                return missingUser(psql.getServerErrorMessage());
            }
        }
        return Optional.empty();
    }

    private static Optional<UUID> missingUser(ServerErrorMessage message) {
        if (message == null || message.getConstraint() == null || message.getDetail() == null
                || !message.getConstraint().endsWith(USER_REFERENCE_SUFFIX) || USER_TABLE.equals(message.getTable())) {
            return Optional.empty();
        }
        Matcher key = KEY.matcher(message.getDetail());
        return key.find() ? Optional.of(UUID.fromString(key.group(1))) : Optional.empty();
    }
}

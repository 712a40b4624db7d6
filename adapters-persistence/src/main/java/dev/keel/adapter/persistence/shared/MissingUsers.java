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
 * {@code fk_<table>_<column>_app_user} (the schema's naming rule, which SchemaConventionsTest enforces) whose detail
 * names that referencing column's missing key, {@code Key (<column>)=(<id>) is not present ...}. The other direction,
 * a user that is still referenced (a removal a restricting key refused), names the referenced column,
 * {@code Key (id)=(<id>) ...}, and is not one: PostgreSQL reports the referencing table for both, so only the key's
 * column tells them apart (the detail's words follow the server's {@code lc_messages}; the column and the id do not).
 */
final class MissingUsers {

    private static final String USER_REFERENCE_SUFFIX = "_app_user";
    private static final Pattern KEY = Pattern.compile(
            "\\((\\w+)\\)=\\(([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\)");

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
                || message.getTable() == null) {
            return Optional.empty();
        }
        String prefix = "fk_" + message.getTable() + "_";
        String constraint = message.getConstraint();
        if (!constraint.startsWith(prefix) || !constraint.endsWith(USER_REFERENCE_SUFFIX)
                || constraint.length() <= prefix.length() + USER_REFERENCE_SUFFIX.length()) {
            return Optional.empty();
        }
        String referencingColumn = constraint.substring(prefix.length(),
                constraint.length() - USER_REFERENCE_SUFFIX.length());
        Matcher key = KEY.matcher(message.getDetail());
        return key.find() && key.group(1).equals(referencingColumn)
                ? Optional.of(UUID.fromString(key.group(2))) : Optional.empty();
    }
}

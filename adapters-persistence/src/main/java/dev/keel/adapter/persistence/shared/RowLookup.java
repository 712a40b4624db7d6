package dev.keel.adapter.persistence.shared;

import dev.keel.adapter.persistence.shared.keyset.RowReader;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;

/**
 * Reads at most one row with a hand-written statement of one parameter, in the caller's transaction, mapping it
 * by column position: the hot single-row reads (by id) skip Micronaut Data's reflective entity mapping, which
 * was a fifth of a read's CPU.
 */
@Singleton
public final class RowLookup {

    private final JdbcOperations jdbc;

    RowLookup(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public <T> Optional<T> find(String sql, Object parameter, RowReader<T> reader) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(reader.read(row)) : Optional.empty();
            }
        });
    }
}

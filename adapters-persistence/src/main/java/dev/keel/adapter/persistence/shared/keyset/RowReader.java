package dev.keel.adapter.persistence.shared.keyset;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a list's result into an item. */
@FunctionalInterface
public interface RowReader<T> {

    T read(ResultSet row) throws SQLException;
}

package dev.keel.bench.floor;

import io.micronaut.serde.annotation.Serdeable;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A user as Keel's API shows one (the same fields, in the same order). */
@Serdeable
public record UserView(String id, String email, String name, String role, String status, String createdAt,
                       String updatedAt, long version) {

    static final String COLUMNS = "id, email, name, role, status, created_at, updated_at, version";

    static UserView from(ResultSet row) throws SQLException {
        return new UserView(row.getObject(1).toString(), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getTimestamp(6).toInstant().toString(), row.getTimestamp(7).toInstant().toString(),
                row.getLong(8));
    }
}

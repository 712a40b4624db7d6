package dev.keel.adapter.persistence.shared.keyset;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** SQL text and its bind parameters, in order. */
record SqlStatement(String sql, List<Object> parameters) {

    SqlStatement {
        parameters = List.copyOf(parameters);
    }

    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, switch (parameters.get(i)) {
                case Instant instant -> instant.atOffset(ZoneOffset.UTC);
                case Enum<?> constant -> constant.name();
                case java.util.UUID[] ids -> statement.getConnection().createArrayOf("uuid", ids);
                case String[] texts -> statement.getConnection().createArrayOf("text", texts);
                case Object value -> value;
            });
        }
    }
}

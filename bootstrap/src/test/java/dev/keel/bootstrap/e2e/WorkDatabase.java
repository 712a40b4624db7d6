package dev.keel.bootstrap.e2e;

import dev.keel.adapter.persistence.testing.TestDatabaseSession;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Direct reads and writes of work-context rows for end-to-end tests: what the API does not show (ranks) and what it
 * cannot set up yet (labels, WIP limits).
 */
final class WorkDatabase {

    private WorkDatabase() {
    }

    /** The ids of a project's board columns in position order. */
    static List<String> columnIds(String projectId) {
        return strings("""
                SELECT c.id FROM board_column c JOIN board b ON b.id = c.board_id WHERE b.project_id = ?::uuid
                 ORDER BY c.position""", projectId);
    }

    /** The live tasks of a column in board order (rank). */
    static List<String> taskOrder(String columnId) {
        return strings("SELECT id FROM task WHERE board_column_id = ?::uuid AND deleted_at IS NULL ORDER BY rank", columnId);
    }

    /** The ranks of every task of a column, live or deleted, in order. */
    static List<Long> ranks(String columnId) {
        List<Long> ranks = new ArrayList<>();
        query("SELECT rank FROM task WHERE board_column_id = ?::uuid ORDER BY rank", columnId,
                row -> ranks.add(row.getLong(1)));
        return ranks;
    }

    static void setWipLimit(String columnId, Integer limit) {
        execute("UPDATE board_column SET wip_limit = ? WHERE id = ?::uuid", limit, columnId);
    }

    /** A label of the project, made directly in the table. */
    static String label(String projectId, String name, String color) {
        String id = UUID.randomUUID().toString();
        execute("""
                INSERT INTO label (id, project_id, name, color, created_at, updated_at, version)
                VALUES (?::uuid, ?::uuid, ?, ?, now(), now(), 0)""", id, projectId, name, color);
        return id;
    }

    static void execute(String sql, Object... parameters) {
        try (Connection connection = TestDatabaseSession.database().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String sql, String parameter) {
        List<String> values = new ArrayList<>();
        query(sql, parameter, row -> values.add(row.getString(1)));
        return values;
    }

    private interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    private static void query(String sql, String parameter, RowConsumer consumer) {
        try (Connection connection = TestDatabaseSession.database().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    consumer.accept(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

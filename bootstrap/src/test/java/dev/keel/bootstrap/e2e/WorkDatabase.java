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

    /** Who put the label on the task. */
    static String labelAddedBy(String taskId, String labelId) {
        List<String> by = new ArrayList<>();
        query("SELECT added_by_id FROM label_task WHERE task_id = ?::uuid AND label_id = '" + UUID.fromString(labelId) + "'",
                taskId, row -> by.add(row.getString(1)));
        return by.isEmpty() ? null : by.getFirst();
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

    /** Another column at the end of the project's board. */
    static String addColumn(String projectId, String name) {
        String id = UUID.randomUUID().toString();
        execute("""
                INSERT INTO board_column (id, board_id, name, position, is_done, wip_limit, created_at, updated_at, version)
                SELECT ?::uuid, b.id, ?, (SELECT count(*) FROM board_column c WHERE c.board_id = b.id), false, NULL, now(), now(), 0
                  FROM board b WHERE b.project_id = ?::uuid""", id, name, projectId);
        return id;
    }

    /**
     * {@code count} live tasks at the bottom of a column in one statement, titled {@code prefix-1} … in board order,
     * assigned to {@code assigneeId} (may be null) and carrying every label of {@code labelIds}.
     */
    static void seedTasks(String projectId, String columnId, int count, String prefix, String assigneeId, List<String> labelIds) {
        execute("""
                INSERT INTO task (id, project_id, board_column_id, rank, title, priority, assignee_id, created_at, updated_at, version)
                SELECT gen_random_uuid(), ?::uuid, ?::uuid,
                       coalesce((SELECT max(rank) FROM task WHERE board_column_id = ?::uuid), 0) + n * 1048576,
                       ? || '-' || n, 'MEDIUM', ?::uuid, now(), now(), 0
                  FROM generate_series(1, ?) AS n""", projectId, columnId, columnId, prefix, assigneeId, count);
        execute("""
                INSERT INTO label_task (task_id, label_id, created_at)
                SELECT t.id, l::uuid, now() FROM task t, unnest(?::text[]) AS l
                 WHERE t.board_column_id = ?::uuid AND t.title LIKE ? || '-%'""",
                labelIds.toArray(String[]::new), columnId, prefix);
    }

    static void execute(String sql, Object... parameters) {
        try (Connection connection = TestDatabaseSession.database().connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] array) {
                    statement.setArray(i + 1, connection.createArrayOf("text", array));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
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

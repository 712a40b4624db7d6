package dev.keel.adapter.persistence.work.task;

import dev.keel.application.work.project.BoardColumnView;
import dev.keel.application.work.project.BoardQueries;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.TaskSummary;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** {@link BoardQueries} on PostgreSQL: a board in two statements, a column's continuation in one. */
@Singleton
public final class BoardPersistenceAdapter implements BoardQueries {

    /**
     * Every column with its live task count and its first tasks, in one statement (so counts and tasks agree): a
     * top-N per column through LATERAL, served by the live (column, rank) index; an empty column gives one row
     * without a task.
     */
    private static final String SELECT_BOARD = """
            SELECT c.id, c.name, c.position, c.is_done, c.wip_limit, k.n, %s
              FROM board_column c
              JOIN board b ON b.id = c.board_id
             CROSS JOIN LATERAL (SELECT count(*) AS n FROM task x WHERE x.board_column_id = c.id AND x.deleted_at IS NULL) k
              LEFT JOIN LATERAL (
                   SELECT x.id, x.title, x.priority, x.due_date, x.assignee_id, x.rank
                     FROM task x
                    WHERE x.board_column_id = c.id AND x.deleted_at IS NULL
                    ORDER BY x.rank
                    LIMIT ?) t ON true
              LEFT JOIN app_user a ON a.id = t.assignee_id
            %s
             WHERE b.project_id = ?
             ORDER BY c.position, c.id, t.rank""".formatted(TaskRows.SUMMARY_COLUMNS, TaskRows.LABELS_LATERAL);

    private static final String SELECT_COLUMN_PROJECT_VISIBLE = """
            SELECT b.project_id
              FROM board_column c
              JOIN board b ON b.id = c.board_id
              JOIN project p ON p.id = b.project_id AND p.deleted_at IS NULL
              JOIN project_member m ON m.project_id = p.id AND m.app_user_id = ?
             WHERE c.id = ?""";

    private static final String SELECT_COLUMN_TASKS = """
            SELECT %s
              FROM task t
              LEFT JOIN app_user a ON a.id = t.assignee_id
            %s
             WHERE t.board_column_id = ? AND t.deleted_at IS NULL AND t.rank > ?
             ORDER BY t.rank
             LIMIT ?""".formatted(TaskRows.SUMMARY_COLUMNS, TaskRows.LABELS_LATERAL);

    private final JdbcOperations jdbc;

    BoardPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<BoardColumnView> board(ProjectId project, int tasksPerColumn) {
        record Column(UUID id, String name, int position, boolean isDone, Optional<Integer> wipLimit, long taskCount,
                      List<TaskSummary> tasks) {
        }
        List<Column> columns = jdbc.prepareStatement(SELECT_BOARD, statement -> {
            statement.setInt(1, tasksPerColumn);
            statement.setObject(2, project.value());
            Map<UUID, Column> byId = new LinkedHashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject(1, UUID.class);
                    Column column = byId.get(id);
                    if (column == null) {
                        column = new Column(id, row.getString(2), row.getInt(3), row.getBoolean(4),
                                Optional.ofNullable(row.getObject(5, Integer.class)), row.getLong(6), new ArrayList<>());
                        byId.put(id, column);
                    }
                    if (row.getObject(7) != null) {
                        column.tasks().add(TaskRows.summary(row, 7));
                    }
                }
            }
            return List.copyOf(byId.values());
        });
        return columns.stream().map(column -> new BoardColumnView(column.id(), column.name(), column.position(),
                column.isDone(), column.wipLimit(), column.taskCount(), column.tasks(),
                column.taskCount() > column.tasks().size())).toList();
    }

    @Override
    public Optional<ProjectId> projectOfColumnVisibleTo(UUID columnId, UserId viewer) {
        return jdbc.prepareStatement(SELECT_COLUMN_PROJECT_VISIBLE, statement -> {
            statement.setObject(1, viewer.value());
            statement.setObject(2, columnId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new ProjectId(row.getObject(1, UUID.class))) : Optional.<ProjectId>empty();
            }
        });
    }

    @Override
    public List<TaskSummary> columnTasks(UUID columnId, OptionalLong after, int limit) {
        return jdbc.prepareStatement(SELECT_COLUMN_TASKS, statement -> {
            statement.setObject(1, columnId);
            statement.setLong(2, after.orElse(Long.MIN_VALUE));
            statement.setInt(3, limit);
            List<TaskSummary> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(TaskRows.summary(row, 1));
                }
            }
            return found;
        });
    }
}

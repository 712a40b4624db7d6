package dev.keel.adapter.persistence.work.project;

import dev.keel.adapter.persistence.shared.ConstraintViolations;
import dev.keel.application.work.project.BoardColumns;
import dev.keel.application.work.project.ColumnDetails;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.work.project.BoardColumn;
import dev.keel.domain.work.project.ColumnNameTakenException;
import dev.keel.domain.work.project.Membership;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.project.ProjectRole;
import dev.keel.domain.work.task.Ranks;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import static dev.keel.adapter.persistence.shared.SqlTimes.utc;

/** {@link BoardColumns} on PostgreSQL: positions change under the board row's lock, in set-based statements. */
@Singleton
public final class BoardColumnsAdapter implements BoardColumns {

    private static final String NAME_UNIQUE_INDEX = "uq_board_column_board_id_name";

    private static final String SELECT_VISIBLE = """
            SELECT c.id, c.name, c.position, c.is_done, c.wip_limit, c.created_at, c.updated_at, c.version, b.project_id,
                   m.app_user_id, m.role, m.created_at
              FROM board_column c
              JOIN board b ON b.id = c.board_id
              JOIN project p ON p.id = b.project_id AND p.deleted_at IS NULL
              JOIN project_member m ON m.project_id = p.id AND m.app_user_id = ?
             WHERE c.id = ?""";
    // Locks first, counts after: a statement's snapshot is taken when it starts, so a count read in the locking
    // statement itself would predate a change the lock waited for (two deletes of the last two columns both seeing
    // two).
    private static final String LOCK_BOARD = "SELECT id FROM board WHERE project_id = ? FOR UPDATE";
    private static final String COUNT_COLUMNS = """
            SELECT count(*) FROM board_column c JOIN board b ON b.id = c.board_id WHERE b.project_id = ?""";
    private static final String SHIFT_DOWN_FROM = """
            UPDATE board_column SET position = position + 1, updated_at = GREATEST(updated_at, ?), version = version + 1
             WHERE board_id = (SELECT id FROM board WHERE project_id = ?) AND position >= ? AND position <= ? AND id <> ?""";
    private static final String SHIFT_UP_FROM = """
            UPDATE board_column SET position = position - 1, updated_at = GREATEST(updated_at, ?), version = version + 1
             WHERE board_id = (SELECT id FROM board WHERE project_id = ?) AND position >= ? AND position <= ? AND id <> ?""";
    private static final String INSERT = """
            INSERT INTO board_column (id, board_id, name, position, is_done, wip_limit, created_at, updated_at, version)
            SELECT ?, b.id, ?, ?, ?, ?, ?, ?, 0 FROM board b WHERE b.project_id = ?""";
    private static final String UPDATE = """
            UPDATE board_column SET name = ?, position = ?, is_done = ?, wip_limit = ?, updated_at = GREATEST(updated_at, ?),
                                    version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String MARK_COMPLETION = """
            UPDATE task SET completed_at = CASE WHEN ? THEN ? END, updated_at = GREATEST(updated_at, ?), version = version + 1
             WHERE board_column_id = ? AND deleted_at IS NULL""";
    private static final String MOVE_TASKS = """
            UPDATE task t SET board_column_id = ?, rank = ? + s.n * ?,
                              completed_at = CASE WHEN ? THEN coalesce(t.completed_at, ?) END,
                              updated_at = GREATEST(t.updated_at, ?), version = t.version + 1
              FROM (SELECT id, row_number() OVER (ORDER BY rank, id) AS n FROM task WHERE board_column_id = ?) s
             WHERE t.id = s.id""";
    private static final String DELETE = "DELETE FROM board_column WHERE id = ? AND version = ?";

    private final JdbcOperations jdbc;

    BoardColumnsAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ColumnDetails> findVisibleTo(UUID columnId, UserId caller) {
        return jdbc.prepareStatement(SELECT_VISIBLE, statement -> {
            statement.setObject(1, caller.value());
            statement.setObject(2, columnId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.<ColumnDetails>empty();
                }
                ProjectId project = new ProjectId(row.getObject(9, UUID.class));
                BoardColumn column = new BoardColumn(row.getObject(1, UUID.class), row.getString(2), row.getInt(3),
                        row.getBoolean(4), Optional.ofNullable(row.getObject(5, Integer.class)));
                Membership membership = new Membership(project, new UserId(row.getObject(10, UUID.class)),
                        ProjectRole.valueOf(row.getString(11)), row.getObject(12, OffsetDateTime.class).toInstant());
                return Optional.of(new ColumnDetails(column, project, row.getObject(6, OffsetDateTime.class).toInstant(),
                        row.getObject(7, OffsetDateTime.class).toInstant(), row.getLong(8), membership));
            }
        });
    }

    @Override
    public int lockBoard(ProjectId project) {
        jdbc.prepareStatement(LOCK_BOARD, statement -> {
            statement.setObject(1, project.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        });
        return jdbc.prepareStatement(COUNT_COLUMNS, statement -> {
            statement.setObject(1, project.value());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    @Override
    public void insert(ProjectId project, BoardColumn column, Instant now) {
        shift(SHIFT_DOWN_FROM, project, column.position(), Integer.MAX_VALUE, column.id(), now);
        ConstraintViolations.translate(NAME_UNIQUE_INDEX, () -> new ColumnNameTakenException(column.name()), () -> jdbc.prepareStatement(INSERT, statement -> {
            statement.setObject(1, column.id());
            statement.setString(2, column.name());
            statement.setInt(3, column.position());
            statement.setBoolean(4, column.isDone());
            setWipLimit(statement, 5, column);
            statement.setObject(6, utc(now));
            statement.setObject(7, utc(now));
            statement.setObject(8, project.value());
            return statement.executeUpdate();
        }));
    }

    @Override
    public void update(ProjectId project, BoardColumn before, BoardColumn after, long version, Instant now) {
        if (after.position() > before.position()) {
            shift(SHIFT_UP_FROM, project, before.position() + 1, after.position(), before.id(), now);
        } else if (after.position() < before.position()) {
            shift(SHIFT_DOWN_FROM, project, after.position(), before.position() - 1, before.id(), now);
        }
        int updated = ConstraintViolations.translate(NAME_UNIQUE_INDEX, () -> new ColumnNameTakenException(after.name()), () -> jdbc.prepareStatement(UPDATE, statement -> {
            statement.setString(1, after.name());
            statement.setInt(2, after.position());
            statement.setBoolean(3, after.isDone());
            setWipLimit(statement, 4, after);
            statement.setObject(5, utc(now));
            statement.setObject(6, before.id());
            statement.setLong(7, version);
            return statement.executeUpdate();
        }));
        if (updated == 0) {
            throw new ConcurrentUpdateException("column", before.id());
        }
        if (after.isDone() != before.isDone()) {
            jdbc.prepareStatement(MARK_COMPLETION, statement -> {
                statement.setBoolean(1, after.isDone());
                statement.setObject(2, utc(now));
                statement.setObject(3, utc(now));
                statement.setObject(4, before.id());
                return statement.executeUpdate();
            });
        }
    }

    @Override
    public void moveTasks(UUID from, UUID to, boolean toIsDone, long fromRank, Instant now) {
        jdbc.prepareStatement(MOVE_TASKS, statement -> {
            statement.setObject(1, to);
            statement.setLong(2, fromRank);
            statement.setLong(3, Ranks.GAP);
            statement.setBoolean(4, toIsDone);
            statement.setObject(5, utc(now));
            statement.setObject(6, utc(now));
            statement.setObject(7, from);
            return statement.executeUpdate();
        });
    }

    @Override
    public void delete(ProjectId project, BoardColumn column, long version, Instant now) {
        int deleted = jdbc.prepareStatement(DELETE, statement -> {
            statement.setObject(1, column.id());
            statement.setLong(2, version);
            return statement.executeUpdate();
        });
        if (deleted == 0) {
            throw new ConcurrentUpdateException("column", column.id());
        }
        shift(SHIFT_UP_FROM, project, column.position() + 1, Integer.MAX_VALUE, column.id(), now);
    }

    /** Moves the other columns with positions in [from, to] one place; {@code now} stamps them as changed. */
    private void shift(String sql, ProjectId project, int from, int to, UUID except, Instant now) {
        jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, utc(now));
            statement.setObject(2, project.value());
            statement.setInt(3, from);
            statement.setInt(4, to);
            statement.setObject(5, except);
            return statement.executeUpdate();
        });
    }

    private static void setWipLimit(java.sql.PreparedStatement statement, int index, BoardColumn column) throws java.sql.SQLException {
        if (column.wipLimit().isPresent()) {
            statement.setInt(index, column.wipLimit().get());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }
}

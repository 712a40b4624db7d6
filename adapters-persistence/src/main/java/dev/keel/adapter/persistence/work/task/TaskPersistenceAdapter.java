package dev.keel.adapter.persistence.work.task;

import dev.keel.adapter.persistence.shared.SqlTimes;
import dev.keel.adapter.persistence.shared.keyset.ListReader;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.task.TaskFilter;
import dev.keel.domain.work.task.TaskSort;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.work.label.LabelId;
import dev.keel.domain.work.project.Membership;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.project.ProjectRole;
import dev.keel.domain.work.task.ColumnOccupancy;
import dev.keel.domain.work.task.PersonRef;
import dev.keel.domain.work.task.Priority;
import dev.keel.domain.work.task.Ranks;
import dev.keel.domain.work.task.Task;
import dev.keel.domain.work.task.TaskDescription;
import dev.keel.domain.work.task.TaskId;
import dev.keel.domain.work.task.TaskRepository;
import dev.keel.domain.work.task.TaskTitle;
import dev.keel.domain.work.task.TaskView;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import static dev.keel.adapter.persistence.shared.SqlTimes.instant;
import static dev.keel.adapter.persistence.shared.SqlTimes.optionalInstant;
import static dev.keel.adapter.persistence.shared.SqlTimes.utc;

/** {@link TaskRepository} on PostgreSQL with hand-written SQL, read by column position. */
@Singleton
public final class TaskPersistenceAdapter implements TaskRepository {

    /** The task, its people's names, its labels (as three parallel arrays) and the caller's membership: one statement. */
    private static final String SELECT_VISIBLE = """
            SELECT t.id, t.project_id, t.board_column_id, t.rank, t.title, t.description, t.priority, t.assignee_id,
                   t.due_date, t.created_by_id, t.completed_at, t.created_at, t.updated_at, t.version, t.deleted_at,
                   a.name, c.name, m.role, m.created_at, l.ids, l.names, l.colors
              FROM task t
              JOIN project p ON p.id = t.project_id AND p.deleted_at IS NULL
              JOIN project_member m ON m.project_id = t.project_id AND m.app_user_id = ?
              LEFT JOIN app_user a ON a.id = t.assignee_id
              LEFT JOIN app_user c ON c.id = t.created_by_id
            """ + TaskRows.LABELS_LATERAL + " WHERE t.id = ?";
    private static final String SELECT_LIVE_VISIBLE = SELECT_VISIBLE + " AND t.deleted_at IS NULL";
    private static final String SELECT_ALL_VISIBLE = SELECT_VISIBLE.replace("WHERE t.id = ?", "WHERE t.id = ANY (?)")
            + " AND t.deleted_at IS NULL";
    // The membership and label checks lock what they found FOR KEY SHARE: a removal or deletion (which needs the row
    // exclusively) waits for this unit of work and then sees its assignments and labels, or went first and is seen.
    private static final String SELECT_ASSIGNABLE_AMONG = """
            SELECT m.app_user_id FROM project_member m JOIN app_user u ON u.id = m.app_user_id AND u.deleted_at IS NULL
             WHERE m.project_id = ? AND m.app_user_id = ANY (?)
             ORDER BY m.app_user_id
               FOR KEY SHARE OF m""";
    private static final String INSERT_TASK_ONLY = """
            INSERT INTO task (id, project_id, board_column_id, rank, title, description, priority, assignee_id, due_date,
                              created_by_id, completed_at, created_at, updated_at, version, deleted_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL)""";
    private static final String INSERT_TASK_LABEL = """
            INSERT INTO label_task (task_id, label_id, added_by_id, created_at) VALUES (?, ?, ?, ?)""";

    // Locks first, reads after: a statement's snapshot is taken when it starts, so counts read in the locking
    // statement itself could predate a placement committed while it waited for the lock.
    private static final String LOCK_COLUMNS = """
            SELECT c.id FROM board_column c JOIN board b ON b.id = c.board_id
             WHERE b.project_id = ? AND c.id = ANY (?)
             ORDER BY c.id
               FOR UPDATE OF c""";
    private static final String LOCK_ALL_COLUMNS = """
            SELECT c.id FROM board_column c JOIN board b ON b.id = c.board_id
             WHERE b.project_id = ?
             ORDER BY c.id
               FOR UPDATE OF c""";
    private static final String LOCK_FIRST_COLUMN = """
            SELECT c.id FROM board_column c JOIN board b ON b.id = c.board_id
             WHERE b.project_id = ?
             ORDER BY c.position, c.id
             LIMIT 1
               FOR UPDATE OF c""";
    private static final String SELECT_OCCUPANCY = """
            SELECT c.id, c.name, c.position, c.is_done, c.wip_limit,
                   (SELECT count(*) FROM task t WHERE t.board_column_id = c.id AND t.deleted_at IS NULL),
                   (SELECT max(t.rank) FROM task t WHERE t.board_column_id = c.id)
              FROM board_column c
             WHERE c.id = ANY (?)
             ORDER BY c.id""";

    private static final String SELECT_NEIGHBOUR_BEFORE = """
            SELECT x.rank, (SELECT max(o.rank) FROM task o WHERE o.board_column_id = x.board_column_id AND o.rank < x.rank AND o.id <> ?)
              FROM task x WHERE x.id = ? AND x.board_column_id = ? AND x.deleted_at IS NULL""";
    private static final String SELECT_NEIGHBOUR_AFTER = """
            SELECT x.rank, (SELECT min(o.rank) FROM task o WHERE o.board_column_id = x.board_column_id AND o.rank > x.rank AND o.id <> ?)
              FROM task x WHERE x.id = ? AND x.board_column_id = ? AND x.deleted_at IS NULL""";

    /** One statement: the deferrable unique (column, rank) constraint is checked when it ends, not row by row. */
    private static final String RESPACE = """
            UPDATE task t SET rank = s.n * ?
              FROM (SELECT id, row_number() OVER (ORDER BY rank, id) AS n FROM task WHERE board_column_id = ?) s
             WHERE t.id = s.id""";

    private static final String SELECT_LABELS_OF = """
            SELECT id FROM label WHERE project_id = ? AND id = ANY (?) ORDER BY id FOR KEY SHARE""";
    private static final String SELECT_ASSIGNABLE = """
            SELECT m.app_user_id FROM project_member m JOIN app_user u ON u.id = m.app_user_id AND u.deleted_at IS NULL
             WHERE m.project_id = ? AND m.app_user_id = ?
               FOR KEY SHARE OF m""";

    /** The task and its labels in one statement (a data-modifying CTE runs even when no label follows). */
    private static final String INSERT_TASK = """
            WITH added AS (
                INSERT INTO task (id, project_id, board_column_id, rank, title, description, priority, assignee_id, due_date,
                                  created_by_id, completed_at, created_at, updated_at, version, deleted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL)
                RETURNING id, created_by_id, created_at)
            INSERT INTO label_task (task_id, label_id, added_by_id, created_at)
            SELECT added.id, label_id, added.created_by_id, added.created_at FROM added, unnest(?::uuid[]) AS label_id""";
    private static final String UPDATE_TASK = """
            UPDATE task SET board_column_id = ?, rank = ?, title = ?, description = ?, priority = ?, assignee_id = ?,
                            due_date = ?, completed_at = ?, updated_at = ?, deleted_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String PLACE_TASK = """
            UPDATE task SET board_column_id = ?, rank = ?, completed_at = ?, updated_at = GREATEST(updated_at, ?),
                            version = version + 1
             WHERE id = ? AND (version = ? OR NOT ?)""";
    /** The label goes on, and the task's version advances, only when the task did not carry it yet. */
    private static final String ADD_LABEL = """
            WITH added AS (
                   INSERT INTO label_task (task_id, label_id, added_by_id, created_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT (task_id, label_id) DO NOTHING
                   RETURNING task_id)
            UPDATE task t SET version = t.version + 1, updated_at = GREATEST(t.updated_at, ?) FROM added a WHERE t.id = a.task_id""";
    private static final String REMOVE_LABEL = """
            WITH removed AS (DELETE FROM label_task WHERE task_id = ? AND label_id = ? RETURNING task_id)
            UPDATE task t SET version = t.version + 1, updated_at = GREATEST(t.updated_at, ?) FROM removed r WHERE t.id = r.task_id""";
    private static final String LOCK_LIVE = """
            SELECT id, board_column_id FROM task WHERE project_id = ? AND id = ANY (?) AND deleted_at IS NULL ORDER BY id FOR UPDATE""";
    /** Tasks not yet in the column go to its bottom in the order given; completion follows the columns' done flags. */
    private static final String BULK_MOVE = """
            UPDATE task t SET board_column_id = ?, rank = ? + s.n * ?,
                              completed_at = CASE WHEN ? THEN coalesce(CASE WHEN src.is_done THEN t.completed_at END, ?) END
              FROM (SELECT x.id, row_number() OVER (ORDER BY array_position(?::uuid[], x.id)) AS n
                      FROM task x WHERE x.id = ANY (?) AND x.board_column_id <> ?) s,
                   board_column src
             WHERE t.id = s.id AND src.id = t.board_column_id""";
    private static final String BULK_FIELDS = """
            UPDATE task SET assignee_id = CASE WHEN ? THEN NULL WHEN ?::uuid IS NOT NULL THEN ?::uuid ELSE assignee_id END,
                            priority = coalesce(?, priority), updated_at = GREATEST(updated_at, ?), version = version + 1
             WHERE id = ANY (?)""";
    private static final String BULK_ADD_LABELS = """
            INSERT INTO label_task (task_id, label_id, added_by_id, created_at)
            SELECT t, l, ?, ? FROM unnest(?::uuid[]) AS t, unnest(?::uuid[]) AS l
            ON CONFLICT (task_id, label_id) DO NOTHING""";
    private static final String BULK_REMOVE_LABELS = "DELETE FROM label_task WHERE task_id = ANY (?) AND label_id = ANY (?)";
    private static final String DELETE_TASK = "DELETE FROM task WHERE id = ? AND version = ?";

    private final JdbcOperations jdbc;
    private final ListReader lists;

    TaskPersistenceAdapter(JdbcOperations jdbc, ListReader lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    @Override
    public Page<TaskView> find(ProjectId project, UserId caller, TaskFilter filter, TaskSort sort, PageRequest page) {
        return lists.find(TaskListQuery.of(project, caller, filter, sort), page, row -> view(row, caller));
    }

    @Override
    public Optional<TaskView> findVisibleTo(TaskId id, UserId caller, boolean includeDeleted) {
        return jdbc.prepareStatement(includeDeleted ? SELECT_VISIBLE : SELECT_LIVE_VISIBLE, statement -> {
            statement.setObject(1, caller.value());
            statement.setObject(2, id.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(view(row, caller)) : Optional.<TaskView>empty();
            }
        });
    }

    @Override
    public List<ColumnOccupancy> lockColumns(ProjectId project, Collection<UUID> columnIds) {
        List<UUID> locked = jdbc.prepareStatement(LOCK_COLUMNS, statement -> {
            statement.setObject(1, project.value());
            statement.setArray(2, uuids(statement, columnIds));
            return ids(statement);
        });
        return occupancy(locked);
    }

    @Override
    public List<ColumnOccupancy> lockAllColumns(ProjectId project) {
        List<UUID> locked = jdbc.prepareStatement(LOCK_ALL_COLUMNS, statement -> {
            statement.setObject(1, project.value());
            return ids(statement);
        });
        return occupancy(locked);
    }

    @Override
    public Set<UserId> assignableAmong(ProjectId project, Set<UserId> users) {
        return jdbc.prepareStatement(SELECT_ASSIGNABLE_AMONG, statement -> {
            statement.setObject(1, project.value());
            statement.setArray(2, uuids(statement, users.stream().map(UserId::value).toList()));
            Set<UserId> found = new HashSet<>();
            for (UUID id : ids(statement)) {
                found.add(new UserId(id));
            }
            return found;
        });
    }

    @Override
    public void addAll(List<Task> added, Map<TaskId, Set<LabelId>> labels) {
        jdbc.prepareStatement(INSERT_TASK_ONLY, statement -> {
            for (Task task : added) {
                bindInsert(statement, task);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
        jdbc.prepareStatement(INSERT_TASK_LABEL, statement -> {
            int rows = 0;
            for (Task task : added) {
                for (LabelId label : labels.getOrDefault(task.id(), Set.of())) {
                    statement.setObject(1, task.id().value());
                    statement.setObject(2, label.value());
                    statement.setObject(3, task.createdBy().map(UserId::value).orElse(null));
                    statement.setObject(4, utc(task.createdAt()));
                    statement.addBatch();
                    rows++;
                }
            }
            return rows == 0 ? new int[0] : statement.executeBatch();
        });
    }

    @Override
    public List<TaskView> findAllVisibleTo(List<TaskId> ids, UserId caller) {
        return jdbc.prepareStatement(SELECT_ALL_VISIBLE, statement -> {
            statement.setObject(1, caller.value());
            statement.setArray(2, uuids(statement, ids.stream().map(TaskId::value).toList()));
            Map<TaskId, TaskView> found = new HashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    TaskView view = view(row, caller);
                    found.put(view.task().id(), view);
                }
            }
            return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
        });
    }

    @Override
    public Optional<ColumnOccupancy> lockFirstColumn(ProjectId project) {
        List<UUID> locked = jdbc.prepareStatement(LOCK_FIRST_COLUMN, statement -> {
            statement.setObject(1, project.value());
            return ids(statement);
        });
        return occupancy(locked).stream().findFirst();
    }

    @Override
    public Optional<Neighbours> neighbours(UUID columnId, TaskId anchor, TaskId moving, Side side) {
        return jdbc.prepareStatement(side == Side.BEFORE ? SELECT_NEIGHBOUR_BEFORE : SELECT_NEIGHBOUR_AFTER, statement -> {
            statement.setObject(1, moving.value());
            statement.setObject(2, anchor.value());
            statement.setObject(3, columnId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.<Neighbours>empty();
                }
                long anchorRank = row.getLong(1);
                long nearest = row.getLong(2);
                return Optional.of(new Neighbours(anchorRank, row.wasNull() ? OptionalLong.empty() : OptionalLong.of(nearest)));
            }
        });
    }

    @Override
    public void respace(UUID columnId) {
        jdbc.prepareStatement(RESPACE, statement -> {
            statement.setLong(1, Ranks.GAP);
            statement.setObject(2, columnId);
            return statement.executeUpdate();
        });
    }

    @Override
    public Set<LabelId> labelsOf(ProjectId project, Set<LabelId> labels) {
        return jdbc.prepareStatement(SELECT_LABELS_OF, statement -> {
            statement.setObject(1, project.value());
            statement.setArray(2, uuids(statement, labels.stream().map(LabelId::value).toList()));
            Set<LabelId> found = new HashSet<>();
            for (UUID id : ids(statement)) {
                found.add(new LabelId(id));
            }
            return found;
        });
    }

    @Override
    public boolean isAssignable(ProjectId project, UserId user) {
        return jdbc.prepareStatement(SELECT_ASSIGNABLE, statement -> {
            statement.setObject(1, project.value());
            statement.setObject(2, user.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        });
    }

    @Override
    public void add(Task task, Set<LabelId> labels) {
        jdbc.prepareStatement(INSERT_TASK, statement -> {
            bindInsert(statement, task);
            statement.setArray(14, uuids(statement, labels.stream().map(LabelId::value).toList()));
            return statement.executeUpdate();
        });
    }

    /** The 13 task parameters shared by {@link #INSERT_TASK} and {@link #INSERT_TASK_ONLY}. */
    private static void bindInsert(PreparedStatement statement, Task task) throws SQLException {
        statement.setObject(1, task.id().value());
        statement.setObject(2, task.projectId().value());
        statement.setObject(3, task.columnId());
        statement.setLong(4, task.rank());
        statement.setString(5, task.title().value());
        statement.setString(6, task.description().map(TaskDescription::value).orElse(null));
        statement.setString(7, task.priority().name());
        statement.setObject(8, task.assigneeId().map(UserId::value).orElse(null));
        statement.setObject(9, task.dueDate().orElse(null));
        statement.setObject(10, task.createdBy().map(UserId::value).orElse(null));
        statement.setObject(11, task.completedAt().map(SqlTimes::utc).orElse(null));
        statement.setObject(12, utc(task.createdAt()));
        statement.setObject(13, utc(task.updatedAt()));
    }

    @Override
    public void update(Task task) {
        int updated = jdbc.prepareStatement(UPDATE_TASK, statement -> {
            statement.setObject(1, task.columnId());
            statement.setLong(2, task.rank());
            statement.setString(3, task.title().value());
            statement.setString(4, task.description().map(TaskDescription::value).orElse(null));
            statement.setString(5, task.priority().name());
            statement.setObject(6, task.assigneeId().map(UserId::value).orElse(null));
            statement.setObject(7, task.dueDate().orElse(null));
            statement.setObject(8, task.completedAt().map(SqlTimes::utc).orElse(null));
            statement.setObject(9, utc(task.updatedAt()));
            statement.setObject(10, task.deletedAt().map(SqlTimes::utc).orElse(null));
            statement.setObject(11, task.id().value());
            statement.setLong(12, task.version());
            return statement.executeUpdate();
        });
        if (updated == 0) {
            throw new ConcurrentUpdateException("task", task.id());
        }
    }

    @Override
    public void place(Task task, boolean checkVersion) {
        int updated = jdbc.prepareStatement(PLACE_TASK, statement -> {
            statement.setObject(1, task.columnId());
            statement.setLong(2, task.rank());
            statement.setObject(3, task.completedAt().map(SqlTimes::utc).orElse(null));
            statement.setObject(4, utc(task.updatedAt()));
            statement.setObject(5, task.id().value());
            statement.setLong(6, task.version());
            statement.setBoolean(7, checkVersion);
            return statement.executeUpdate();
        });
        if (updated == 0) {
            throw new ConcurrentUpdateException("task", task.id());
        }
    }

    @Override
    public void addLabel(TaskId task, LabelId label, UserId by, Instant now) {
        jdbc.prepareStatement(ADD_LABEL, statement -> {
            statement.setObject(1, task.value());
            statement.setObject(2, label.value());
            statement.setObject(3, by.value());
            statement.setObject(4, utc(now));
            statement.setObject(5, utc(now));
            return statement.executeUpdate();
        });
    }

    @Override
    public void removeLabel(TaskId task, LabelId label, Instant now) {
        jdbc.prepareStatement(REMOVE_LABEL, statement -> {
            statement.setObject(1, task.value());
            statement.setObject(2, label.value());
            statement.setObject(3, utc(now));
            return statement.executeUpdate();
        });
    }

    @Override
    public Map<TaskId, UUID> lockLive(ProjectId project, List<TaskId> ids) {
        return jdbc.prepareStatement(LOCK_LIVE, statement -> {
            statement.setObject(1, project.value());
            statement.setArray(2, uuids(statement, ids.stream().map(TaskId::value).toList()));
            Map<TaskId, UUID> found = new HashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.put(new TaskId(row.getObject(1, UUID.class)), row.getObject(2, UUID.class));
                }
            }
            return found;
        });
    }

    @Override
    public void applyToAll(List<TaskId> ids, BulkChange change, UserId by, Instant now) {
        List<UUID> taskIds = ids.stream().map(TaskId::value).toList();
        change.column().ifPresent(column -> jdbc.prepareStatement(BULK_MOVE, statement -> {
            statement.setObject(1, column.id());
            statement.setLong(2, column.highestRank().orElse(0));
            statement.setLong(3, Ranks.GAP);
            statement.setBoolean(4, column.isDone());
            statement.setObject(5, utc(now));
            statement.setArray(6, uuids(statement, taskIds));
            statement.setArray(7, uuids(statement, taskIds));
            statement.setObject(8, column.id());
            return statement.executeUpdate();
        }));
        jdbc.prepareStatement(BULK_FIELDS, statement -> {
            UUID assignee = change.assignee().map(UserId::value).orElse(null);
            statement.setBoolean(1, change.unassign());
            statement.setObject(2, assignee);
            statement.setObject(3, assignee);
            statement.setString(4, change.priority().map(Enum::name).orElse(null));
            statement.setObject(5, utc(now));
            statement.setArray(6, uuids(statement, taskIds));
            return statement.executeUpdate();
        });
        if (!change.addLabels().isEmpty()) {
            jdbc.prepareStatement(BULK_ADD_LABELS, statement -> {
                statement.setObject(1, by.value());
                statement.setObject(2, utc(now));
                statement.setArray(3, uuids(statement, taskIds));
                statement.setArray(4, uuids(statement, change.addLabels().stream().map(LabelId::value).toList()));
                return statement.executeUpdate();
            });
        }
        if (!change.removeLabels().isEmpty()) {
            jdbc.prepareStatement(BULK_REMOVE_LABELS, statement -> {
                statement.setArray(1, uuids(statement, taskIds));
                statement.setArray(2, uuids(statement, change.removeLabels().stream().map(LabelId::value).toList()));
                return statement.executeUpdate();
            });
        }
    }

    @Override
    public void remove(Task task) {
        int removed = jdbc.prepareStatement(DELETE_TASK, statement -> {
            statement.setObject(1, task.id().value());
            statement.setLong(2, task.version());
            return statement.executeUpdate();
        });
        if (removed == 0) {
            throw new ConcurrentUpdateException("task", task.id());
        }
    }

    private List<ColumnOccupancy> occupancy(List<UUID> columnIds) {
        if (columnIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement(SELECT_OCCUPANCY, statement -> {
            statement.setArray(1, uuids(statement, columnIds));
            List<ColumnOccupancy> columns = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long highest = row.getLong(7);
                    OptionalLong highestRank = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(highest);
                    columns.add(new ColumnOccupancy(row.getObject(1, UUID.class), row.getString(2), row.getInt(3),
                            row.getBoolean(4), Optional.ofNullable(row.getObject(5, Integer.class)), row.getLong(6), highestRank));
                }
            }
            return columns;
        });
    }

    private static TaskView view(ResultSet row, UserId caller) throws SQLException {
        TaskId id = new TaskId(row.getObject(1, UUID.class));
        ProjectId projectId = new ProjectId(row.getObject(2, UUID.class));
        Optional<UserId> assignee = Optional.ofNullable(row.getObject(8, UUID.class)).map(UserId::new);
        Optional<UserId> creator = Optional.ofNullable(row.getObject(10, UUID.class)).map(UserId::new);
        Task task = Task.rehydrate(id, projectId, row.getObject(3, UUID.class), row.getLong(4),
                new TaskTitle(row.getString(5)), Optional.ofNullable(row.getString(6)).map(TaskDescription::new),
                Priority.valueOf(row.getString(7)), assignee, Optional.ofNullable(row.getObject(9, LocalDate.class)),
                creator, optionalInstant(row, 11), instant(row, 12), instant(row, 13), row.getLong(14),
                optionalInstant(row, 15));
        String assigneeName = row.getString(16);
        String creatorName = row.getString(17);
        Membership membership = new Membership(projectId, caller, ProjectRole.valueOf(row.getString(18)), instant(row, 19));
        return new TaskView(task, assignee.map(user -> new PersonRef(user, assigneeName)),
                creator.map(user -> new PersonRef(user, creatorName)), TaskRows.labels(row, 20), membership);
    }

    private static List<UUID> ids(PreparedStatement statement) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                ids.add(row.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static Array uuids(PreparedStatement statement, Collection<UUID> ids) throws SQLException {
        return statement.getConnection().createArrayOf("uuid", ids.toArray());
    }
}

package dev.keel.adapter.persistence.work.project;

import dev.keel.adapter.persistence.shared.ConstraintViolations;
import dev.keel.adapter.persistence.shared.SqlTimes;
import dev.keel.adapter.persistence.shared.keyset.ListReader;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.project.ProjectFilter;
import dev.keel.domain.work.project.ProjectSort;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.work.project.Board;
import dev.keel.domain.work.project.BoardColumn;
import dev.keel.domain.work.project.Membership;
import dev.keel.domain.work.project.MemberRuleException;
import dev.keel.domain.work.project.Project;
import dev.keel.domain.work.project.ProjectDescription;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.project.ProjectMember;
import dev.keel.domain.work.project.ProjectName;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.project.ProjectRole;
import dev.keel.domain.work.project.ProjectSlug;
import dev.keel.domain.work.project.ProjectSlugTakenException;
import dev.keel.domain.work.project.ProjectView;
import dev.keel.domain.work.project.TaskCounts;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.keel.adapter.persistence.shared.SqlTimes.instant;
import static dev.keel.adapter.persistence.shared.SqlTimes.utc;

/** {@link ProjectRepository} on PostgreSQL with hand-written SQL, read by column position. */
@Singleton
public final class ProjectPersistenceAdapter implements ProjectRepository {

    private static final String SLUG_UNIQUE_INDEX = "uq_project_slug";

    private static final String INSERT_PROJECT = """
            INSERT INTO project (id, name, slug, description, created_at, updated_at, version, deleted_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, NULL)""";
    private static final String INSERT_MEMBER = """
            INSERT INTO project_member (id, project_id, app_user_id, role, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, 0)""";
    private static final String INSERT_BOARD = """
            INSERT INTO board (id, project_id, created_at, updated_at, version) VALUES (?, ?, ?, ?, 0)""";
    private static final String INSERT_COLUMN = """
            INSERT INTO board_column (id, board_id, name, position, is_done, wip_limit, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    /**
     * The project, its owner, the caller's membership and the project's open and done task counts, in one statement;
     * no row when the caller is not a member.
     */
    private static final String SELECT_VISIBLE = """
            SELECT p.id, p.name, p.slug, p.description, p.created_at, p.updated_at, p.version, p.deleted_at,
                   o.app_user_id, m.app_user_id, m.role, m.created_at, n.open, n.done
              FROM project p
              JOIN project_member m ON m.project_id = p.id AND m.app_user_id = ?
              JOIN project_member o ON o.project_id = p.id AND o.role = 'OWNER'
              CROSS JOIN LATERAL (
                   SELECT count(*) FILTER (WHERE NOT c.is_done) AS open, count(*) FILTER (WHERE c.is_done) AS done
                     FROM task t JOIN board_column c ON c.id = t.board_column_id
                    WHERE t.project_id = p.id AND t.deleted_at IS NULL) n
             WHERE p.id = ?""";
    private static final String SELECT_LIVE_VISIBLE = SELECT_VISIBLE + " AND p.deleted_at IS NULL";

    private static final String UPDATE_PROJECT = """
            UPDATE project SET name = ?, slug = ?, description = ?, updated_at = ?, deleted_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    // Demote first: at most one OWNER row per project at any moment (uq_project_member_project_id).
    private static final String DEMOTE_OWNER = """
            UPDATE project_member SET role = 'ADMIN', updated_at = GREATEST(updated_at, ?), version = version + 1
             WHERE project_id = ? AND role = 'OWNER'""";
    private static final String PROMOTE_MEMBER = """
            UPDATE project_member SET role = 'OWNER', updated_at = GREATEST(updated_at, ?), version = version + 1
             WHERE project_id = ? AND app_user_id = ?""";
    private static final String TOUCH_PROJECT = """
            UPDATE project SET updated_at = GREATEST(updated_at, ?), version = version + 1 WHERE id = ? AND version = ?""";
    private static final String DELETE_PROJECT = "DELETE FROM project WHERE id = ? AND version = ?";

    private static final String SELECT_BOARD = """
            SELECT b.id, c.id, c.name, c.position, c.is_done, c.wip_limit
              FROM board b
              LEFT JOIN board_column c ON c.board_id = b.id
             WHERE b.project_id = ?
             ORDER BY c.position, c.id""";

    /** The members, provided the viewer is one of a live project's: one statement, whatever the number of members. */
    private static final String SELECT_MEMBERS_VISIBLE = """
            SELECT m.app_user_id, u.name, u.email, m.role, m.created_at
              FROM project_member m
              JOIN app_user u ON u.id = m.app_user_id AND u.deleted_at IS NULL
             WHERE m.project_id = ?
               AND EXISTS (SELECT 1 FROM project_member v JOIN project p ON p.id = v.project_id
                            WHERE v.project_id = ? AND v.app_user_id = ? AND p.deleted_at IS NULL)
             ORDER BY m.created_at, m.app_user_id""";

    /** Insert or role change of a live user's membership, answered with the member's list entry: one statement. */
    private static final String PUT_MEMBER = """
            WITH target AS (SELECT id, name, email FROM app_user WHERE id = ? AND deleted_at IS NULL),
                 put AS (
                   INSERT INTO project_member (id, project_id, app_user_id, role, created_at, updated_at, version)
                   SELECT ?, ?, t.id, ?, ?, ?, 0 FROM target t
                   ON CONFLICT (project_id, app_user_id) DO UPDATE
                      SET role = EXCLUDED.role,
                          updated_at = CASE WHEN project_member.role = EXCLUDED.role THEN project_member.updated_at
                                            ELSE GREATEST(EXCLUDED.updated_at, project_member.updated_at) END,
                          version = project_member.version
                                    + CASE WHEN project_member.role = EXCLUDED.role THEN 0 ELSE 1 END
                   RETURNING app_user_id, role, created_at)
            SELECT put.app_user_id, t.name, t.email, put.role, put.created_at FROM put JOIN target t ON t.id = put.app_user_id""";

    /**
     * The membership; then, in a statement of its own, the member's open tasks' assignment. An assignment checks the
     * membership FOR KEY SHARE, so the delete waits for the assignments under way, and the unassignment, with a
     * snapshot taken after they committed, sees them (in the delete's statement it would not, and they would stay
     * assigned).
     */
    private static final String DELETE_MEMBER = """
            DELETE FROM project_member WHERE project_id = ? AND app_user_id = ? AND role <> 'OWNER'""";
    private static final String UNASSIGN_OPEN_TASKS = """
            UPDATE task t SET assignee_id = NULL, updated_at = GREATEST(t.updated_at, ?), version = t.version + 1
              FROM board_column c
             WHERE t.project_id = ? AND t.assignee_id = ? AND c.id = t.board_column_id AND NOT c.is_done""";

    /** The base itself or its numbered forms among live slugs (a slug has no LIKE wildcards: letters, digits, hyphens). */
    private static final String SELECT_SLUGS_LIKE = """
            SELECT slug FROM project WHERE deleted_at IS NULL AND (slug = ? OR slug LIKE ?)""";

    private final JdbcOperations jdbc;
    private final ListReader lists;

    ProjectPersistenceAdapter(JdbcOperations jdbc, ListReader lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    @Override
    public Page<ProjectView> findVisibleTo(UserId member, ProjectFilter filter, ProjectSort sort, PageRequest page) {
        return lists.find(ProjectListQuery.of(member, filter, sort), page, ProjectPersistenceAdapter::view);
    }

    @Override
    public Project add(Project project, UUID ownerMembershipId) {
        ConstraintViolations.translate(SLUG_UNIQUE_INDEX, () -> new ProjectSlugTakenException(project.slug()), () -> jdbc.prepareStatement(INSERT_PROJECT, statement -> {
            statement.setObject(1, project.id().value());
            statement.setString(2, project.name().value());
            statement.setString(3, project.slug().value());
            statement.setString(4, project.description().map(ProjectDescription::value).orElse(null));
            statement.setObject(5, utc(project.createdAt()));
            statement.setObject(6, utc(project.updatedAt()));
            statement.setLong(7, project.version());
            return statement.executeUpdate();
        }));
        jdbc.prepareStatement(INSERT_MEMBER, statement -> {
            statement.setObject(1, ownerMembershipId);
            statement.setObject(2, project.id().value());
            statement.setObject(3, project.ownerId().value());
            statement.setString(4, ProjectRole.OWNER.name());
            statement.setObject(5, utc(project.createdAt()));
            statement.setObject(6, utc(project.createdAt()));
            return statement.executeUpdate();
        });
        return project;
    }

    @Override
    public void addBoard(Board board, Instant now) {
        OffsetDateTime createdAt = utc(now);
        jdbc.prepareStatement(INSERT_BOARD, statement -> {
            statement.setObject(1, board.id());
            statement.setObject(2, board.projectId().value());
            statement.setObject(3, createdAt);
            statement.setObject(4, createdAt);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement(INSERT_COLUMN, statement -> {
            for (BoardColumn column : board.columns()) {
                statement.setObject(1, column.id());
                statement.setObject(2, board.id());
                statement.setString(3, column.name());
                statement.setInt(4, column.position());
                statement.setBoolean(5, column.isDone());
                if (column.wipLimit().isPresent()) {
                    statement.setInt(6, column.wipLimit().get());
                } else {
                    statement.setNull(6, Types.INTEGER);
                }
                statement.setObject(7, createdAt);
                statement.setObject(8, createdAt);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    @Override
    public Optional<ProjectView> findLiveVisibleTo(ProjectId id, UserId member) {
        return findVisible(SELECT_LIVE_VISIBLE, id, member);
    }

    @Override
    public Optional<ProjectView> findVisibleToIncludingDeleted(ProjectId id, UserId member) {
        return findVisible(SELECT_VISIBLE, id, member);
    }

    @Override
    public Project update(Project project) {
        int updated = ConstraintViolations.translate(SLUG_UNIQUE_INDEX, () -> new ProjectSlugTakenException(project.slug()), () -> jdbc.prepareStatement(UPDATE_PROJECT, statement -> {
            statement.setString(1, project.name().value());
            statement.setString(2, project.slug().value());
            statement.setString(3, project.description().map(ProjectDescription::value).orElse(null));
            statement.setObject(4, utc(project.updatedAt()));
            statement.setObject(5, project.deletedAt().map(SqlTimes::utc).orElse(null));
            statement.setObject(6, project.id().value());
            statement.setLong(7, project.version());
            return statement.executeUpdate();
        }));
        if (updated == 0) {
            throw new ConcurrentUpdateException("project", project.id());
        }
        return Project.rehydrate(project.id(), project.name(), project.slug(), project.description(), project.ownerId(),
                project.createdAt(), project.updatedAt(), project.version() + 1, project.deletedAt());
    }

    @Override
    public Project transferOwnership(Project project, UserId newOwner, Instant now) {
        int touched = jdbc.prepareStatement(TOUCH_PROJECT, statement -> {
            statement.setObject(1, utc(now));
            statement.setObject(2, project.id().value());
            statement.setLong(3, project.version());
            return statement.executeUpdate();
        });
        if (touched == 0) {
            throw new ConcurrentUpdateException("project", project.id());
        }
        jdbc.prepareStatement(DEMOTE_OWNER, statement -> {
            statement.setObject(1, utc(now));
            statement.setObject(2, project.id().value());
            return statement.executeUpdate();
        });
        int promoted = jdbc.prepareStatement(PROMOTE_MEMBER, statement -> {
            statement.setObject(1, utc(now));
            statement.setObject(2, project.id().value());
            statement.setObject(3, newOwner.value());
            return statement.executeUpdate();
        });
        if (promoted == 0) {
            throw MemberRuleException.newOwnerNotAMember();
        }
        return project.ownedBy(newOwner, project.version() + 1, now);
    }

    @Override
    public void remove(Project project) {
        int removed = jdbc.prepareStatement(DELETE_PROJECT, statement -> {
            statement.setObject(1, project.id().value());
            statement.setLong(2, project.version());
            return statement.executeUpdate();
        });
        if (removed == 0) {
            throw new ConcurrentUpdateException("project", project.id());
        }
    }

    @Override
    public ProjectSlug freeSlugLike(ProjectSlug base) {
        return jdbc.prepareStatement(SELECT_SLUGS_LIKE, statement -> {
            statement.setString(1, base.value());
            statement.setString(2, base.value() + "-%");
            List<String> taken = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    taken.add(row.getString(1));
                }
            }
            return ProjectSlug.nextFree(base, taken);
        });
    }

    private Optional<ProjectView> findVisible(String sql, ProjectId id, UserId member) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, member.value());
            statement.setObject(2, id.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        });
    }

    @Override
    public Optional<Board> findBoard(ProjectId id) {
        return jdbc.prepareStatement(SELECT_BOARD, statement -> {
            statement.setObject(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
                UUID boardId = null;
                List<BoardColumn> columns = new ArrayList<>();
                while (row.next()) {
                    boardId = row.getObject(1, UUID.class);
                    UUID columnId = row.getObject(2, UUID.class);
                    if (columnId != null) {
                        columns.add(new BoardColumn(columnId, row.getString(3), row.getInt(4), row.getBoolean(5),
                                Optional.ofNullable(row.getObject(6, Integer.class))));
                    }
                }
                return boardId == null ? Optional.<Board>empty() : Optional.of(new Board(boardId, id, columns));
            }
        });
    }

    @Override
    public Optional<List<ProjectMember>> findMembersVisibleTo(ProjectId id, UserId viewer) {
        return jdbc.prepareStatement(SELECT_MEMBERS_VISIBLE, statement -> {
            statement.setObject(1, id.value());
            statement.setObject(2, id.value());
            statement.setObject(3, viewer.value());
            List<ProjectMember> members = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    members.add(member(row));
                }
            }
            // A visible project has at least the viewer as a member: no row means not visible.
            return members.isEmpty() ? Optional.<List<ProjectMember>>empty() : Optional.of(List.copyOf(members));
        });
    }

    @Override
    public Optional<ProjectMember> putMember(ProjectId id, UserId user, ProjectRole role, UUID newMembershipId, Instant now) {
        return jdbc.prepareStatement(PUT_MEMBER, statement -> {
            statement.setObject(1, user.value());
            statement.setObject(2, newMembershipId);
            statement.setObject(3, id.value());
            statement.setString(4, role.name());
            statement.setObject(5, utc(now));
            statement.setObject(6, utc(now));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(member(row)) : Optional.<ProjectMember>empty();
            }
        });
    }

    @Override
    public boolean removeMember(ProjectId id, UserId user, Instant now) {
        int removed = jdbc.prepareStatement(DELETE_MEMBER, statement -> {
            statement.setObject(1, id.value());
            statement.setObject(2, user.value());
            return statement.executeUpdate();
        });
        if (removed == 0) {
            return false;
        }
        jdbc.prepareStatement(UNASSIGN_OPEN_TASKS, statement -> {
            statement.setObject(1, utc(now));
            statement.setObject(2, id.value());
            statement.setObject(3, user.value());
            return statement.executeUpdate();
        });
        return true;
    }

    private static ProjectMember member(ResultSet row) throws SQLException {
        return new ProjectMember(new UserId(row.getObject(1, UUID.class)), row.getString(2), row.getString(3),
                ProjectRole.valueOf(row.getString(4)), instant(row, 5));
    }

    private static ProjectView view(ResultSet row) throws SQLException {
        ProjectId id = new ProjectId(row.getObject(1, UUID.class));
        String description = row.getString(4);
        OffsetDateTime deletedAt = row.getObject(8, OffsetDateTime.class);
        Project project = Project.rehydrate(id, new ProjectName(row.getString(2)), new ProjectSlug(row.getString(3)),
                Optional.ofNullable(description).map(ProjectDescription::new), new UserId(row.getObject(9, UUID.class)),
                instant(row, 5), instant(row, 6), row.getLong(7),
                Optional.ofNullable(deletedAt).map(OffsetDateTime::toInstant));
        Membership membership = new Membership(id, new UserId(row.getObject(10, UUID.class)),
                ProjectRole.valueOf(row.getString(11)), instant(row, 12));
        return new ProjectView(project, membership, new TaskCounts(row.getLong(13), row.getLong(14)));
    }
}

package dev.keel.adapter.persistence.work.comment;

import dev.keel.adapter.persistence.shared.keyset.KeysetOrder;
import dev.keel.adapter.persistence.shared.keyset.ListQuery;
import dev.keel.adapter.persistence.shared.keyset.ListReader;
import dev.keel.adapter.persistence.shared.keyset.SortColumn;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.work.comment.Comment;
import dev.keel.domain.work.comment.CommentBody;
import dev.keel.domain.work.comment.CommentId;
import dev.keel.domain.work.comment.CommentRepository;
import dev.keel.domain.work.comment.CommentRevision;
import dev.keel.domain.work.comment.CommentView;
import dev.keel.domain.work.project.Membership;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.project.ProjectRole;
import dev.keel.domain.work.task.PersonRef;
import dev.keel.domain.work.task.TaskId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.keel.adapter.persistence.shared.SqlTimes.instant;
import static dev.keel.adapter.persistence.shared.SqlTimes.optionalInstant;
import static dev.keel.adapter.persistence.shared.SqlTimes.utc;

/** {@link CommentRepository} on PostgreSQL: a comment and its author's name and the caller's role in one statement. */
@Singleton
public final class CommentPersistenceAdapter implements CommentRepository {

    private static final String COLUMNS = "id, task_id, author_id, body, edited_at, created_at, updated_at, version, "
            + "deleted_at, author_name, project_id, member_id, role, member_since";

    /** Live comments on live tasks of live projects, with the caller's membership (a non-member sees no row). */
    private static final String VISIBLE = """
            (SELECT c.id, c.task_id, c.author_id, c.body, c.edited_at, c.created_at, c.updated_at, c.version, c.deleted_at,
                    a.name AS author_name, t.project_id, m.app_user_id AS member_id, m.role, m.created_at AS member_since
               FROM comment c
               JOIN task t ON t.id = c.task_id AND t.deleted_at IS NULL
               JOIN project p ON p.id = t.project_id AND p.deleted_at IS NULL
               JOIN project_member m ON m.project_id = t.project_id AND m.app_user_id = ?
               LEFT JOIN app_user a ON a.id = c.author_id
              WHERE c.deleted_at IS NULL) AS visible""";
    private static final String SELECT_VISIBLE = "SELECT " + COLUMNS + " FROM " + VISIBLE + " WHERE id = ?";
    private static final KeysetOrder OLDEST_FIRST = KeysetOrder.by(SortColumn.timestamptz("created_at"), SortDirection.ASC);

    private static final String INSERT = """
            INSERT INTO comment (id, task_id, author_id, body, edited_at, created_at, updated_at, version, deleted_at)
            VALUES (?, ?, ?, ?, NULL, ?, ?, 0, NULL)""";
    /** The new text, and the replaced one as a revision, in one statement. */
    private static final String EDIT = """
            WITH edited AS (
                   UPDATE comment SET body = ?, edited_at = ?, updated_at = ?, version = version + 1
                    WHERE id = ? AND version = ?
                   RETURNING id)
            INSERT INTO comment_revision (id, comment_id, body, created_at)
            SELECT ?, edited.id, ?, ? FROM edited""";
    private static final String DELETE = """
            UPDATE comment SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?""";
    private static final String SELECT_REVISIONS = """
            SELECT body, created_at FROM comment_revision WHERE comment_id = ? ORDER BY created_at, id""";

    private final JdbcOperations jdbc;
    private final ListReader lists;

    CommentPersistenceAdapter(JdbcOperations jdbc, ListReader lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    @Override
    public Optional<CommentView> findVisibleTo(CommentId id, UserId caller) {
        return jdbc.prepareStatement(SELECT_VISIBLE, statement -> {
            statement.setObject(1, caller.value());
            statement.setObject(2, id.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.<CommentView>empty();
            }
        });
    }

    @Override
    public Page<CommentView> findOnTask(TaskId task, UserId caller, PageRequest page) {
        ListQuery query = ListQuery.of(COLUMNS, VISIBLE, List.of(caller.value()), OLDEST_FIRST).where("task_id = ?", task.value());
        return lists.find(query, page, CommentPersistenceAdapter::view);
    }

    @Override
    public void add(Comment comment) {
        jdbc.prepareStatement(INSERT, statement -> {
            statement.setObject(1, comment.id().value());
            statement.setObject(2, comment.taskId().value());
            statement.setObject(3, comment.authorId().map(UserId::value).orElse(null));
            statement.setString(4, comment.body().value());
            statement.setObject(5, utc(comment.createdAt()));
            statement.setObject(6, utc(comment.updatedAt()));
            return statement.executeUpdate();
        });
    }

    @Override
    public void edit(Comment comment, CommentBody previous) {
        int written = jdbc.prepareStatement(EDIT, statement -> {
            statement.setString(1, comment.body().value());
            statement.setObject(2, utc(comment.editedAt().orElseThrow()));
            statement.setObject(3, utc(comment.updatedAt()));
            statement.setObject(4, comment.id().value());
            statement.setLong(5, comment.version());
            statement.setObject(6, UUID.randomUUID());
            statement.setString(7, previous.value());
            statement.setObject(8, utc(comment.updatedAt()));
            return statement.executeUpdate();
        });
        if (written == 0) {
            throw new ConcurrentUpdateException("comment", comment.id());
        }
    }

    @Override
    public void delete(Comment comment) {
        int written = jdbc.prepareStatement(DELETE, statement -> {
            OffsetDateTime at = utc(comment.deletedAt().orElseThrow());
            statement.setObject(1, at);
            statement.setObject(2, utc(comment.updatedAt()));
            statement.setObject(3, comment.id().value());
            statement.setLong(4, comment.version());
            return statement.executeUpdate();
        });
        if (written == 0) {
            throw new ConcurrentUpdateException("comment", comment.id());
        }
    }

    @Override
    public List<CommentRevision> revisionsOf(CommentId id) {
        return jdbc.prepareStatement(SELECT_REVISIONS, statement -> {
            statement.setObject(1, id.value());
            List<CommentRevision> revisions = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    revisions.add(new CommentRevision(new CommentBody(row.getString(1)), instant(row, 2)));
                }
            }
            return revisions;
        });
    }

    private static CommentView view(ResultSet row) throws SQLException {
        Optional<UserId> author = Optional.ofNullable(row.getObject(3, UUID.class)).map(UserId::new);
        String authorName = row.getString(10);
        Comment comment = Comment.rehydrate(new CommentId(row.getObject(1, UUID.class)), new TaskId(row.getObject(2, UUID.class)),
                author, new CommentBody(row.getString(4)), optionalInstant(row, 5),
                instant(row, 6), instant(row, 7), row.getLong(8), optionalInstant(row, 9));
        Membership membership = new Membership(new ProjectId(row.getObject(11, UUID.class)), new UserId(row.getObject(12, UUID.class)),
                ProjectRole.valueOf(row.getString(13)), instant(row, 14));
        return new CommentView(comment, author.map(user -> new PersonRef(user, authorName)), membership);
    }
}

package dev.keel.adapter.persistence.work.label;

import dev.keel.adapter.persistence.shared.ConstraintViolations;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.work.label.Label;
import dev.keel.domain.work.label.LabelColor;
import dev.keel.domain.work.label.LabelId;
import dev.keel.domain.work.label.LabelName;
import dev.keel.domain.work.label.LabelNameTakenException;
import dev.keel.domain.work.label.LabelRepository;
import dev.keel.domain.work.label.LabelView;
import dev.keel.domain.work.project.Membership;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.project.ProjectRole;
import dev.keel.adapter.persistence.shared.keyset.LikePatterns;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.keel.adapter.persistence.shared.SqlTimes.instant;
import static dev.keel.adapter.persistence.shared.SqlTimes.utc;

/** {@link LabelRepository} on PostgreSQL with hand-written SQL, read by column position. */
@Singleton
public final class LabelPersistenceAdapter implements LabelRepository {

    private static final String NAME_UNIQUE_INDEX = "uq_label_project_id_name";

    private static final String COLUMNS = "l.id, l.project_id, l.name, l.color, l.created_at, l.updated_at, l.version";

    private static final String SELECT_VISIBLE = """
            SELECT %s, m.app_user_id, m.role, m.created_at
              FROM label l
              JOIN project p ON p.id = l.project_id AND p.deleted_at IS NULL
              JOIN project_member m ON m.project_id = l.project_id AND m.app_user_id = ?
             WHERE l.id = ?""".formatted(COLUMNS);
    private static final String SELECT_OF_PROJECT = """
            SELECT %s FROM label l WHERE l.project_id = ? ORDER BY l.name COLLATE "C", l.id""".formatted(COLUMNS);
    /** Names holding the text, or with a trigram word similarity of at least 0.3 to it ("urgnt" finds "Urgent"). */
    private static final String SELECT_LIKE = """
            SELECT %s FROM label l
             WHERE l.project_id = ? AND (l.name ILIKE ? ESCAPE '\\' OR word_similarity(?, l.name) >= 0.3)
             ORDER BY word_similarity(?, l.name) + similarity(?, l.name) DESC, l.name COLLATE "C", l.id""".formatted(COLUMNS);
    private static final String INSERT = """
            INSERT INTO label (id, project_id, name, color, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 0)""";
    private static final String UPDATE = """
            UPDATE label SET name = ?, color = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?""";
    /**
     * Taken before {@link #DELETE}: a task change that checked the label holds it FOR KEY SHARE, and the deletion's
     * snapshot must be taken after that change commits, or the task it labelled would lose the label (by the cascade)
     * without its version advancing.
     */
    private static final String LOCK = "SELECT id FROM label WHERE id = ? FOR UPDATE";
    /** The tasks that carried the label change too (their label set), in the same statement; label_task cascades. */
    private static final String DELETE = """
            WITH removed AS (DELETE FROM label WHERE id = ? AND version = ? RETURNING id),
                 touched AS (
                   UPDATE task t SET version = t.version + 1, updated_at = GREATEST(t.updated_at, ?)
                     FROM label_task lt, removed r
                    WHERE lt.label_id = r.id AND t.id = lt.task_id
                   RETURNING t.id)
            SELECT count(*) FROM removed""";

    private final JdbcOperations jdbc;

    LabelPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LabelView> findVisibleTo(LabelId id, UserId caller) {
        return jdbc.prepareStatement(SELECT_VISIBLE, statement -> {
            statement.setObject(1, caller.value());
            statement.setObject(2, id.value());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.<LabelView>empty();
                }
                Label label = label(row);
                return Optional.of(new LabelView(label, new Membership(label.projectId(),
                        new UserId(row.getObject(8, UUID.class)), ProjectRole.valueOf(row.getString(9)), instant(row, 10))));
            }
        });
    }

    @Override
    public List<Label> listOf(ProjectId project) {
        return jdbc.prepareStatement(SELECT_OF_PROJECT, statement -> {
            statement.setObject(1, project.value());
            return labels(statement);
        });
    }

    @Override
    public List<Label> like(ProjectId project, String text) {
        return jdbc.prepareStatement(SELECT_LIKE, statement -> {
            statement.setObject(1, project.value());
            statement.setString(2, LikePatterns.contains(text));
            statement.setString(3, text);
            statement.setString(4, text);
            statement.setString(5, text);
            return labels(statement);
        });
    }

    private static List<Label> labels(PreparedStatement statement) throws SQLException {
        List<Label> labels = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                labels.add(label(row));
            }
        }
        return labels;
    }

    @Override
    public void add(Label label) {
        ConstraintViolations.translate(NAME_UNIQUE_INDEX, () -> new LabelNameTakenException(label.name()), () -> jdbc.prepareStatement(INSERT, statement -> {
            statement.setObject(1, label.id().value());
            statement.setObject(2, label.projectId().value());
            statement.setString(3, label.name().value());
            statement.setString(4, label.color().value());
            statement.setObject(5, utc(label.createdAt()));
            statement.setObject(6, utc(label.updatedAt()));
            return statement.executeUpdate();
        }));
    }

    @Override
    public void update(Label label) {
        int updated = ConstraintViolations.translate(NAME_UNIQUE_INDEX, () -> new LabelNameTakenException(label.name()), () -> jdbc.prepareStatement(UPDATE, statement -> {
            statement.setString(1, label.name().value());
            statement.setString(2, label.color().value());
            statement.setObject(3, utc(label.updatedAt()));
            statement.setObject(4, label.id().value());
            statement.setLong(5, label.version());
            return statement.executeUpdate();
        }));
        if (updated == 0) {
            throw new ConcurrentUpdateException("label", label.id());
        }
    }

    @Override
    public void remove(Label label, Instant now) {
        jdbc.prepareStatement(LOCK, statement -> {
            statement.setObject(1, label.id().value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        });
        long removed = jdbc.prepareStatement(DELETE, statement -> {
            statement.setObject(1, label.id().value());
            statement.setLong(2, label.version());
            statement.setObject(3, utc(now));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
        if (removed == 0) {
            throw new ConcurrentUpdateException("label", label.id());
        }
    }

    private static Label label(ResultSet row) throws SQLException {
        return Label.rehydrate(new LabelId(row.getObject(1, UUID.class)), new ProjectId(row.getObject(2, UUID.class)),
                new LabelName(row.getString(3)), new LabelColor(row.getString(4)), instant(row, 5), instant(row, 6),
                row.getLong(7));
    }
}

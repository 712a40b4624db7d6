package dev.keel.adapter.persistence.work.document;

import dev.keel.adapter.persistence.shared.JsonbValues;
import dev.keel.adapter.persistence.shared.SqlTimes;
import dev.keel.adapter.persistence.shared.keyset.KeysetOrder;
import dev.keel.adapter.persistence.shared.keyset.ListQuery;
import dev.keel.adapter.persistence.shared.keyset.ListReader;
import dev.keel.adapter.persistence.shared.keyset.SortColumn;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.document.Document;
import dev.keel.domain.work.document.DocumentBody;
import dev.keel.domain.work.document.DocumentFilter;
import dev.keel.domain.work.document.DocumentId;
import dev.keel.domain.work.document.DocumentMetadata;
import dev.keel.domain.work.document.DocumentRepository;
import dev.keel.domain.work.document.DocumentSort;
import dev.keel.domain.work.document.DocumentTitle;
import dev.keel.domain.work.document.DocumentView;
import dev.keel.domain.work.project.Membership;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.project.ProjectRole;
import dev.keel.domain.work.task.PersonRef;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.keel.adapter.persistence.shared.SqlTimes.instant;
import static dev.keel.adapter.persistence.shared.SqlTimes.optionalInstant;
import static dev.keel.adapter.persistence.shared.SqlTimes.utc;

/** {@link DocumentRepository} on PostgreSQL: a document, its creator's name and the caller's role in one statement. */
@Singleton
public final class DocumentPersistenceAdapter implements DocumentRepository {

    private static final String COLUMNS = "id, project_id, created_by_id, title, body, metadata, created_at, updated_at, "
            + "version, deleted_at, creator_name, member_id, role, member_since";

    /** Documents of live projects with the caller's membership (a non-member sees no row). */
    private static final String VISIBLE = """
            (SELECT d.id, d.project_id, d.created_by_id, d.title, d.body, d.metadata::text AS metadata, d.created_at,
                    d.updated_at, d.version, d.deleted_at, c.name AS creator_name, m.app_user_id AS member_id, m.role,
                    m.created_at AS member_since, d.metadata AS metadata_value
               FROM document d
               JOIN project p ON p.id = d.project_id AND p.deleted_at IS NULL
               JOIN project_member m ON m.project_id = d.project_id AND m.app_user_id = ?
               LEFT JOIN app_user c ON c.id = d.created_by_id) AS visible""";
    private static final String SELECT_VISIBLE = "SELECT " + COLUMNS + " FROM " + VISIBLE + " WHERE id = ?";
    private static final String SELECT_LIVE_VISIBLE = SELECT_VISIBLE + " AND deleted_at IS NULL";

    private static final String INSERT = """
            INSERT INTO document (id, project_id, created_by_id, title, body, metadata, created_at, updated_at, version, deleted_at)
            VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, 0, NULL)""";
    private static final String UPDATE = """
            UPDATE document SET title = ?, body = ?, metadata = ?::jsonb, updated_at = ?, deleted_at = ?, version = version + 1
             WHERE id = ? AND version = ?""";
    private static final String DELETE = "DELETE FROM document WHERE id = ? AND version = ?";

    /**
     * SQLSTATEs of a SQL/JSON path the database cannot use: 42601 syntax error, class 22 (e.g. a bad regular
     * expression), and two that only evaluating it against a document raises: 42704 an unknown variable ($x) and
     * 0A000 a datetime comparison that needs a time zone. Nothing else in the statement can raise these.
     */
    private static final Set<String> UNUSABLE_PATH_STATES = Set.of("42601", "42704", "0A000");
    private static final String DATA_EXCEPTION_CLASS = "22";

    private final JdbcOperations jdbc;
    private final ListReader lists;

    DocumentPersistenceAdapter(JdbcOperations jdbc, ListReader lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    @Override
    public Optional<DocumentView> findVisibleTo(DocumentId id, UserId caller, boolean includeDeleted) {
        return jdbc.prepareStatement(includeDeleted ? SELECT_VISIBLE : SELECT_LIVE_VISIBLE, statement -> {
            statement.setObject(1, caller.value());
            statement.setObject(2, id.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.<DocumentView>empty();
            }
        });
    }

    @Override
    public Page<DocumentView> find(ProjectId project, UserId caller, DocumentFilter filter, DocumentSort sort, PageRequest page) {
        SortColumn column = switch (sort.field()) {
            case CREATED_AT -> SortColumn.timestamptz("created_at");
            case TITLE -> SortColumn.text("title");
        };
        ListQuery query = ListQuery.of(COLUMNS, VISIBLE, List.of(caller.value()), KeysetOrder.by(column, sort.direction()))
                .where("project_id = ?", project.value())
                .where(filter.deleted() ? "deleted_at IS NOT NULL" : "deleted_at IS NULL");
        filter.contains().ifPresent(metadata -> query.where("metadata_value @> ?::jsonb", metadata.json()));
        if (!filter.hasKeys().isEmpty()) {
            // ?? is the JDBC escape of the ?& operator (all of these keys), which the GIN index serves.
            query.where("metadata_value ??& ?", (Object) filter.hasKeys().stream().sorted().toArray(String[]::new));
        }
        if (filter.jsonPath().isEmpty()) {
            return lists.find(query, page, DocumentPersistenceAdapter::view);
        }
        query.where("metadata_value @@ ?::jsonpath", filter.jsonPath().get());
        try {
            return lists.find(query, page, DocumentPersistenceAdapter::view);
        } catch (RuntimeException e) {
            if (isUnusablePath(e)) {
                throw ValidationException.of("jsonPath", "is not a valid JSON path predicate, such as $.pages > 10");
            }
            throw e;
        }
    }

    @Override
    public boolean isReadablePath(String jsonPath) {
        try {
            return jdbc.prepareStatement("SELECT ?::jsonpath IS NOT NULL", statement -> {
                statement.setString(1, jsonPath);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next();
                }
            });
        } catch (RuntimeException e) {
            if (isUnusablePath(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void add(Document document) {
        jdbc.prepareStatement(INSERT, statement -> {
            statement.setObject(1, document.id().value());
            statement.setObject(2, document.projectId().value());
            statement.setObject(3, document.createdBy().map(UserId::value).orElse(null));
            statement.setString(4, document.title().value());
            statement.setString(5, document.body().map(DocumentBody::value).orElse(null));
            statement.setString(6, document.metadata().json());
            statement.setObject(7, utc(document.createdAt()));
            statement.setObject(8, utc(document.updatedAt()));
            return statement.executeUpdate();
        });
    }

    @Override
    public void update(Document document) {
        int updated = jdbc.prepareStatement(UPDATE, statement -> {
            statement.setString(1, document.title().value());
            statement.setString(2, document.body().map(DocumentBody::value).orElse(null));
            statement.setString(3, document.metadata().json());
            statement.setObject(4, utc(document.updatedAt()));
            statement.setObject(5, document.deletedAt().map(SqlTimes::utc).orElse(null));
            statement.setObject(6, document.id().value());
            statement.setLong(7, document.version());
            return statement.executeUpdate();
        });
        if (updated == 0) {
            throw new ConcurrentUpdateException("document", document.id());
        }
    }

    @Override
    public void remove(Document document) {
        int removed = jdbc.prepareStatement(DELETE, statement -> {
            statement.setObject(1, document.id().value());
            statement.setLong(2, document.version());
            return statement.executeUpdate();
        });
        if (removed == 0) {
            throw new ConcurrentUpdateException("document", document.id());
        }
    }

    private static DocumentView view(ResultSet row) throws SQLException {
        Optional<UserId> creator = Optional.ofNullable(row.getObject(3, UUID.class)).map(UserId::new);
        String creatorName = row.getString(11);
        ProjectId project = new ProjectId(row.getObject(2, UUID.class));
        Document document = Document.rehydrate(new DocumentId(row.getObject(1, UUID.class)), project, creator,
                new DocumentTitle(row.getString(4)), Optional.ofNullable(row.getString(5)).map(DocumentBody::new),
                DocumentMetadata.of("metadata", JsonbValues.object(row.getString(6))), instant(row, 7), instant(row, 8),
                row.getLong(9), optionalInstant(row, 10));
        Membership membership = new Membership(project, new UserId(row.getObject(12, UUID.class)),
                ProjectRole.valueOf(row.getString(13)), instant(row, 14));
        return new DocumentView(document, creator.map(user -> new PersonRef(user, creatorName)), membership);
    }

    private static boolean isUnusablePath(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (UNUSABLE_PATH_STATES.contains(sql.getSQLState())
                        || sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS))) {
                return true;
            }
        }
        return false;
    }
}

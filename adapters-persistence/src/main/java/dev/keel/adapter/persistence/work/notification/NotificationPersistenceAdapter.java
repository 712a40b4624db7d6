package dev.keel.adapter.persistence.work.notification;

import dev.keel.adapter.persistence.shared.keyset.KeysetOrder;
import dev.keel.adapter.persistence.shared.keyset.ListQuery;
import dev.keel.adapter.persistence.shared.keyset.ListReader;
import dev.keel.adapter.persistence.shared.keyset.SortColumn;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.work.notification.Notification;
import dev.keel.domain.work.notification.NotificationRepository;
import dev.keel.domain.work.project.ProjectId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** {@link NotificationRepository} on PostgreSQL; a user's list is a keyset walk of its (user, time, id) index. */
@Singleton
public final class NotificationPersistenceAdapter implements NotificationRepository {

    private static final String COLUMNS = "id, app_user_id, kind, project_id, message, created_at";
    private static final String INSERT = """
            INSERT INTO notification (id, app_user_id, kind, project_id, message, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final KeysetOrder NEWEST_FIRST = KeysetOrder.by(SortColumn.timestamptz("created_at"), SortDirection.DESC);

    private final JdbcOperations jdbc;
    private final ListReader lists;

    NotificationPersistenceAdapter(JdbcOperations jdbc, ListReader lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    @Override
    public void add(Notification notification) {
        jdbc.prepareStatement(INSERT, statement -> {
            OffsetDateTime at = notification.createdAt().atOffset(ZoneOffset.UTC);
            statement.setObject(1, notification.id());
            statement.setObject(2, notification.recipient().value());
            statement.setString(3, notification.kind().name());
            statement.setObject(4, notification.projectId().map(ProjectId::value).orElse(null));
            statement.setString(5, notification.message());
            statement.setObject(6, at);
            statement.setObject(7, at);
            return statement.executeUpdate();
        });
    }

    @Override
    public Page<Notification> findFor(UserId recipient, PageRequest page) {
        ListQuery query = ListQuery.of(COLUMNS, "notification", NEWEST_FIRST).where("app_user_id = ?", recipient.value());
        return lists.find(query, page, NotificationPersistenceAdapter::notification);
    }

    private static Notification notification(ResultSet row) throws SQLException {
        return new Notification(row.getObject(1, UUID.class), new UserId(row.getObject(2, UUID.class)),
                Notification.Kind.valueOf(row.getString(3)), Optional.ofNullable(row.getObject(4, UUID.class)).map(ProjectId::new),
                row.getString(5), row.getObject(6, OffsetDateTime.class).toInstant());
    }
}

package dev.keel.adapter.persistence.work.activity;

import dev.keel.adapter.persistence.shared.JsonbValues;
import dev.keel.adapter.persistence.shared.keyset.KeysetOrder;
import dev.keel.adapter.persistence.shared.keyset.ListQuery;
import dev.keel.adapter.persistence.shared.keyset.ListReader;
import dev.keel.adapter.persistence.shared.keyset.SortColumn;
import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.work.activity.ActivityAction;
import dev.keel.domain.work.activity.ActivityEntityType;
import dev.keel.domain.work.activity.ActivityEntry;
import dev.keel.domain.work.activity.ActivityFilter;
import dev.keel.domain.work.activity.ActivityRepository;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.PersonRef;
import dev.keel.domain.work.task.TaskId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static dev.keel.adapter.persistence.shared.SqlTimes.instant;

/**
 * The activity history on PostgreSQL. The rows are written by the database's triggers (V24) in the transaction of every
 * change, attributed to the actor and time this adapter sets for the transaction; this adapter reads them.
 */
@Singleton
public final class ActivityPersistenceAdapter implements ActivityRepository, ActivityAttribution {

    private static final String ATTRIBUTE = "SELECT set_config('keel.actor_id', ?, true), set_config('keel.at', ?, true)";
    private static final String COLUMNS = "id, project_id, actor_id, actor_name, entity_type, entity_id, action, changes, created_at";
    private static final String ENTRIES = """
            (SELECT a.id, a.position, a.project_id, a.actor_id, u.name AS actor_name, a.entity_type, a.entity_id, a.task_id,
                    a.action, a.changes::text AS changes, a.created_at
               FROM activity a LEFT JOIN app_user u ON u.id = a.actor_id) AS entries""";
    /** Newest first: the order the rows were written in. */
    private static final KeysetOrder NEWEST_FIRST = KeysetOrder.by(SortColumn.bigint("position"), SortDirection.DESC);

    private final JdbcOperations jdbc;
    private final ListReader lists;

    ActivityPersistenceAdapter(JdbcOperations jdbc, ListReader lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    @Override
    public void attribute(UserId actor, Instant at) {
        jdbc.prepareStatement(ATTRIBUTE, statement -> {
            statement.setString(1, actor.value().toString());
            statement.setString(2, at.toString());
            return statement.execute();
        });
    }

    @Override
    public Page<ActivityEntry> inProject(ProjectId project, ActivityFilter filter, PageRequest page) {
        ListQuery query = ListQuery.of(COLUMNS, ENTRIES, NEWEST_FIRST).where("project_id = ?", project.value());
        filter.entityType().ifPresent(type -> query.where("entity_type = ?", type.apiName()));
        filter.entityId().ifPresent(id -> query.where("entity_id = ?", id));
        filter.actorId().ifPresent(actor -> query.where("actor_id = ?", actor.value()));
        return lists.find(query, page, ActivityPersistenceAdapter::entry);
    }

    @Override
    public Page<ActivityEntry> ofTask(TaskId task, PageRequest page) {
        return lists.find(ListQuery.of(COLUMNS, ENTRIES, NEWEST_FIRST).where("task_id = ?", task.value()), page,
                ActivityPersistenceAdapter::entry);
    }

    private static ActivityEntry entry(ResultSet row) throws SQLException {
        UUID actor = row.getObject(3, UUID.class);
        String actorName = row.getString(4);
        return new ActivityEntry(row.getObject(1, UUID.class), new ProjectId(row.getObject(2, UUID.class)),
                actor == null || actorName == null ? Optional.empty() : Optional.of(new PersonRef(new UserId(actor), actorName)),
                ActivityEntityType.ofApiName(row.getString(5)), row.getObject(6, UUID.class),
                ActivityAction.ofApiName(row.getString(7)), JsonbValues.object(row.getString(8)),
                instant(row, 9));
    }
}

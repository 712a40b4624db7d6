package dev.keel.adapter.persistence.work.task;

import dev.keel.adapter.persistence.shared.keyset.KeysetOrder;
import dev.keel.adapter.persistence.shared.keyset.LikePatterns;
import dev.keel.adapter.persistence.shared.keyset.ListQuery;
import dev.keel.adapter.persistence.shared.keyset.SortColumn;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.label.LabelId;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.Priority;
import dev.keel.domain.work.task.TaskFilter;
import dev.keel.domain.work.task.TaskSort;

import java.util.List;
import java.util.UUID;

/**
 * A project's task list: each task with its people's names, its labels and the caller's membership (the columns the
 * task reader expects), filtered by bind parameters and ordered by a whitelisted sort. No client text is ever part of
 * the statement.
 */
final class TaskListQuery {

    private static final String COLUMNS = "id, project_id, board_column_id, rank, title, description, priority, "
            + "assignee_id, due_date, created_by_id, completed_at, created_at, updated_at, version, deleted_at, "
            + "assignee_name, creator_name, role, member_since, label_ids, label_names, label_colors";

    private static final String FROM = """
            (SELECT t.id, t.project_id, t.board_column_id, t.rank, t.title, t.description, t.priority, t.assignee_id,
                    t.due_date, t.created_by_id, t.completed_at, t.created_at, t.updated_at, t.version, t.deleted_at,
                    a.name AS assignee_name, c.name AS creator_name, m.role, m.created_at AS member_since,
                    l.ids AS label_ids, l.names AS label_names, l.colors AS label_colors, t.priority_rank, col.is_done
               FROM task t
               JOIN project_member m ON m.project_id = t.project_id AND m.app_user_id = ?
               JOIN board_column col ON col.id = t.board_column_id
               LEFT JOIN app_user a ON a.id = t.assignee_id
               LEFT JOIN app_user c ON c.id = t.created_by_id
            %s
              WHERE t.project_id = ?) AS listed""".formatted(TaskRows.LABELS_LATERAL);

    private static final SortColumn CREATED_AT = SortColumn.timestamptz("created_at");
    private static final SortColumn DUE_DATE = SortColumn.date("due_date").nullable();
    private static final SortColumn PRIORITY = SortColumn.bigint("priority_rank");
    private static final SortColumn UPDATED_AT = SortColumn.timestamptz("updated_at");

    private TaskListQuery() {
    }

    static ListQuery of(ProjectId project, UserId caller, TaskFilter filter, TaskSort sort) {
        SortColumn column = switch (sort.field()) {
            case CREATED_AT -> CREATED_AT;
            case DUE_DATE -> DUE_DATE;
            case PRIORITY -> PRIORITY;
            case UPDATED_AT -> UPDATED_AT;
        };
        var query = ListQuery.of(COLUMNS, FROM, List.of(caller.value(), project.value()), KeysetOrder.by(column, sort.direction()))
                .where(filter.deletedOnly() ? "deleted_at IS NOT NULL" : "deleted_at IS NULL");
        filter.columnId().ifPresent(id -> query.where("board_column_id = ?", id));
        filter.assigneeId().ifPresent(assignee -> query.where("assignee_id = ?", assignee.value()));
        if (filter.unassigned()) {
            query.where("assignee_id IS NULL");
        }
        if (!filter.labelIds().isEmpty()) {
            query.where("label_ids @> ?", (Object) filter.labelIds().stream().map(LabelId::value).toArray(UUID[]::new));
        }
        if (!filter.priorities().isEmpty()) {
            query.where("priority = ANY (?)", (Object) filter.priorities().stream().map(Priority::name).toArray(String[]::new));
        }
        filter.dueBefore().ifPresent(date -> query.where("due_date < ?", date));
        filter.dueAfter().ifPresent(date -> query.where("due_date > ?", date));
        if (filter.overdue()) {
            query.where("NOT is_done AND due_date < ?", filter.today());
        }
        filter.text().ifPresent(text -> query.where("title ILIKE ? ESCAPE '\\'", LikePatterns.contains(text)));
        return query;
    }
}

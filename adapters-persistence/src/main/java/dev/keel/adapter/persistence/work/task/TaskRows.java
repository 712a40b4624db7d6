package dev.keel.adapter.persistence.work.task;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.label.LabelId;
import dev.keel.domain.work.task.PersonRef;
import dev.keel.domain.work.task.Priority;
import dev.keel.domain.work.task.TaskId;
import dev.keel.domain.work.task.TaskLabel;
import dev.keel.domain.work.task.TaskSummary;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL fragments and row readers shared by the task reads. */
final class TaskRows {

    /**
     * A task's labels as three parallel arrays (ids, names, colours) ordered by name: a LATERAL subquery on the task
     * aliased {@code t}, joined as {@code l}.
     */
    static final String LABELS_LATERAL = """
            LEFT JOIN LATERAL (
                 SELECT array_agg(l.id ORDER BY l.name COLLATE "C", l.id) AS ids,
                        array_agg(l.name ORDER BY l.name COLLATE "C", l.id) AS names,
                        array_agg(l.color ORDER BY l.name COLLATE "C", l.id) AS colors
                   FROM label_task lt JOIN label l ON l.id = lt.label_id
                  WHERE lt.task_id = t.id) l ON true""";

    /** The columns of a task summary, in the order {@link #summary} reads them from {@code first} on. */
    static final String SUMMARY_COLUMNS = "t.id, t.title, t.priority, t.due_date, t.assignee_id, a.name, t.rank, l.ids, l.names, l.colors";

    private TaskRows() {
    }

    static TaskSummary summary(ResultSet row, int first) throws SQLException {
        Optional<UserId> assignee = Optional.ofNullable(row.getObject(first + 4, UUID.class)).map(UserId::new);
        String assigneeName = row.getString(first + 5);
        return new TaskSummary(new TaskId(row.getObject(first, UUID.class)), row.getString(first + 1),
                Priority.valueOf(row.getString(first + 2)), Optional.ofNullable(row.getObject(first + 3, LocalDate.class)),
                assignee.map(user -> new PersonRef(user, assigneeName)), labels(row, first + 7), row.getLong(first + 6));
    }

    /** The labels read from the three arrays of {@link #LABELS_LATERAL} starting at column {@code first}. */
    static List<TaskLabel> labels(ResultSet row, int first) throws SQLException {
        Array ids = row.getArray(first);
        if (ids == null) {
            return List.of();
        }
        UUID[] labelIds = (UUID[]) ids.getArray();
        String[] names = (String[]) row.getArray(first + 1).getArray();
        String[] colors = (String[]) row.getArray(first + 2).getArray();
        List<TaskLabel> labels = new ArrayList<>(labelIds.length);
        for (int i = 0; i < labelIds.length; i++) {
            labels.add(new TaskLabel(new LabelId(labelIds[i]), names[i], colors[i]));
        }
        return labels;
    }
}

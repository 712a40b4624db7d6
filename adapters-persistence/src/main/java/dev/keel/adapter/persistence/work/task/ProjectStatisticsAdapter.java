package dev.keel.adapter.persistence.work.task;

import dev.keel.application.work.project.ProjectStatistics;
import dev.keel.application.work.project.ProjectStats;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.Priority;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * {@link ProjectStatistics} on PostgreSQL: every figure in one statement, as typed rows of one shape ({@code kind},
 * {@code key}, {@code name}, two counts, a number) computed with GROUP BY, FILTER, date_trunc and generate_series over
 * the project's live tasks, read once.
 */
@Singleton
public final class ProjectStatisticsAdapter implements ProjectStatistics {

    private static final String SELECT_STATS = """
            WITH given AS (SELECT ?::uuid AS project_id, ?::timestamptz AS now),
                 live AS MATERIALIZED (
                   SELECT t.id, t.board_column_id, t.assignee_id, t.priority, t.due_date, t.created_at, t.completed_at, c.is_done
                     FROM task t JOIN board_column c ON c.id = t.board_column_id, given g
                    WHERE t.project_id = g.project_id AND t.deleted_at IS NULL)
            SELECT 'total', NULL, NULL, count(*) FILTER (WHERE NOT l.is_done), count(*) FILTER (WHERE l.is_done),
                   count(*) FILTER (WHERE NOT l.is_done AND l.due_date < ((SELECT now FROM given) AT TIME ZONE 'UTC')::date),
                   extract(epoch FROM avg((SELECT now FROM given) - l.created_at) FILTER (WHERE NOT l.is_done)) / 3600, 0
              FROM live l
            UNION ALL
            SELECT 'column', c.id::text, c.name, coalesce(n.count, 0), NULL, NULL, NULL, c.position
              FROM given g JOIN board b ON b.project_id = g.project_id JOIN board_column c ON c.board_id = b.id
              LEFT JOIN (SELECT board_column_id, count(*) AS count FROM live GROUP BY board_column_id) n
                     ON n.board_column_id = c.id
            UNION ALL
            SELECT 'assignee', l.assignee_id::text, u.name, count(*) FILTER (WHERE NOT l.is_done), count(*) FILTER (WHERE l.is_done),
                   NULL, NULL, 0
              FROM live l LEFT JOIN app_user u ON u.id = l.assignee_id
             GROUP BY l.assignee_id, u.name
            UNION ALL
            SELECT 'priority', p.priority, NULL, count(l.id) FILTER (WHERE NOT l.is_done), NULL, NULL, NULL, p.ordinal
              FROM unnest(ARRAY['LOW', 'MEDIUM', 'HIGH', 'URGENT']) WITH ORDINALITY AS p(priority, ordinal)
              LEFT JOIN live l ON l.priority = p.priority
             GROUP BY p.priority, p.ordinal
            UNION ALL
            SELECT 'week', to_char(w.start, 'YYYY-MM-DD'), NULL, count(l.id), NULL, NULL, NULL, 0
              FROM given g
             CROSS JOIN generate_series(date_trunc('week', g.now AT TIME ZONE 'UTC') - interval '11 weeks',
                                        date_trunc('week', g.now AT TIME ZONE 'UTC'), interval '1 week') AS w(start)
              LEFT JOIN live l ON l.is_done AND date_trunc('week', l.completed_at AT TIME ZONE 'UTC') = w.start
             GROUP BY w.start
             ORDER BY 1, 8, 3, 2""";

    private final JdbcOperations jdbc;

    ProjectStatisticsAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ProjectStats statsOf(ProjectId project, Instant now) {
        return jdbc.prepareStatement(SELECT_STATS, statement -> {
            statement.setObject(1, project.value());
            statement.setObject(2, now.atOffset(ZoneOffset.UTC));
            long open = 0;
            long done = 0;
            long overdue = 0;
            OptionalDouble averageAge = OptionalDouble.empty();
            List<ProjectStats.ColumnCount> columns = new ArrayList<>();
            List<ProjectStats.AssigneeCount> assignees = new ArrayList<>();
            List<ProjectStats.PriorityCount> priorities = new ArrayList<>();
            List<ProjectStats.WeekCount> weeks = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String key = row.getString(2);
                    switch (row.getString(1)) {
                        case "total" -> {
                            open = row.getLong(4);
                            done = row.getLong(5);
                            overdue = row.getLong(6);
                            double age = row.getDouble(7);
                            averageAge = row.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(age);
                        }
                        case "column" -> columns.add(new ProjectStats.ColumnCount(UUID.fromString(key), row.getString(3), row.getLong(4)));
                        case "assignee" -> assignees.add(new ProjectStats.AssigneeCount(
                                Optional.ofNullable(key).map(id -> new UserId(UUID.fromString(id))),
                                Optional.ofNullable(row.getString(3)), row.getLong(4), row.getLong(5)));
                        case "priority" -> priorities.add(new ProjectStats.PriorityCount(Priority.valueOf(key), row.getLong(4)));
                        case "week" -> weeks.add(new ProjectStats.WeekCount(LocalDate.parse(key), row.getLong(4)));
                        default -> throw new IllegalStateException("unknown figure " + row.getString(1));
                    }
                }
            }
            return new ProjectStats(open, done, overdue, columns, assignees, priorities, averageAge, weeks);
        });
    }
}

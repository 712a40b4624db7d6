package dev.keel.adapter.persistence.work.task;

import dev.keel.adapter.persistence.shared.keyset.KeysetPlans;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortValue;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.TaskFilter;
import dev.keel.domain.work.task.TaskSort;
import dev.keel.domain.work.task.TaskSortField;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sort of a project's live task list reads its slice from an index in order, with no sort of the project's tasks
 * (V15, V18). Descending due dates (V19) are left out: after a cursor their keyset condition is an OR that the planner
 * may serve from any of the project's indexes on a near-empty table; bench/work/explain.sh shows the first page on it.
 */
@MicronautTest(transactional = false)
class TaskListQueryTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    JdbcOperations jdbc;

    @ParameterizedTest(name = "{0},{1}")
    @CsvSource({
            "CREATED_AT, DESC, ix_task_project_id_created_at_id, ' Backward'",
            "CREATED_AT, ASC, ix_task_project_id_created_at_id, ''",
            "UPDATED_AT, DESC, ix_task_project_id_updated_at_id_live, ' Backward'",
            "UPDATED_AT, ASC, ix_task_project_id_updated_at_id_live, ''",
            "PRIORITY, DESC, ix_task_project_id_priority_rank_id_live, ' Backward'",
            "PRIORITY, ASC, ix_task_project_id_priority_rank_id_live, ''",
            "DUE_DATE, ASC, ix_task_project_id_due_date_id_live, ''"})
    void liveListSliceIsReadFromItsIndexInOrder(TaskSortField field, SortDirection direction, String index, String scanDirection) {
        SortValue key = switch (field) {
            case CREATED_AT, UPDATED_AT -> new SortValue.Timestamp(Instant.parse("2026-11-21T10:15:30.123456Z"));
            case PRIORITY -> new SortValue.Integer(2);
            case DUE_DATE -> new SortValue.Date(TODAY);
        };
        TaskFilter live = new TaskFilter(Optional.empty(), Optional.empty(), false, Set.of(), Set.of(), Optional.empty(),
                Optional.empty(), false, TODAY, Optional.empty(), false);

        String plan = KeysetPlans.explainSlice(unitOfWork, jdbc, TaskListQuery.of(new ProjectId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()), live, new TaskSort(field, direction)), KeysetPosition.of(UUID.randomUUID(), key));

        // No sort of the tasks (a sort of one task's labels inside its label aggregate is fine: PostgreSQL 16+ plans one).
        assertThat(plan).contains("Index Scan" + scanDirection + " using " + index + " ").doesNotContainPattern("Sort Key: t\\.");
    }
}

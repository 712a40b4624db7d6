package dev.keel.application.work.project;

import dev.keel.domain.work.task.TaskSummary;

import java.util.List;

public interface ListColumnTasksUseCase {

    /** Up to {@code limit + 1} tasks: one more than asked tells the caller that more follow. */
    List<TaskSummary> list(ColumnTasksQuery query);
}

package dev.keel.application.work.task;

import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.task.TaskView;

public interface FindTasksUseCase {

    Page<TaskView> find(FindTasksQuery query);
}

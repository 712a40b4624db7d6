package dev.keel.application.work.task;

import dev.keel.domain.work.task.TaskView;

import java.util.List;

public interface BatchCreateTasksUseCase {

    List<TaskView> create(BatchCreateTasksCommand command);
}

package dev.keel.application.work.task;

import dev.keel.domain.work.task.TaskView;

public interface CreateTaskUseCase {

    TaskView create(CreateTaskCommand command);
}

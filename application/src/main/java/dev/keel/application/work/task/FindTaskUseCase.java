package dev.keel.application.work.task;

import dev.keel.domain.work.task.TaskView;

public interface FindTaskUseCase {

    TaskView find(FindTaskQuery query);
}

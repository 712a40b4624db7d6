package dev.keel.application.work.task;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.task.TaskNotFoundException;
import dev.keel.domain.work.task.TaskRepository;
import dev.keel.domain.work.task.TaskView;
import jakarta.inject.Singleton;

/** Any member reads a live task: one statement. */
@Singleton
public final class FindTaskService implements FindTaskUseCase {

    private final TaskRepository tasks;
    private final UnitOfWork unitOfWork;

    public FindTaskService(TaskRepository tasks, UnitOfWork unitOfWork) {
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public TaskView find(FindTaskQuery query) {
        return unitOfWork.read(() -> tasks.findVisibleTo(query.id(), query.actor().userId(), false))
                .orElseThrow(() -> new TaskNotFoundException(query.id()));
    }
}

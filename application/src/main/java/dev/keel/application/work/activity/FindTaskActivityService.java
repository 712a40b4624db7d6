package dev.keel.application.work.activity;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.activity.ActivityEntry;
import dev.keel.domain.work.activity.ActivityRepository;
import dev.keel.domain.work.task.TaskNotFoundException;
import dev.keel.domain.work.task.TaskRepository;
import jakarta.inject.Singleton;

/** Any member reads a live task's history (its changes, labels and comments), newest first. */
@Singleton
public final class FindTaskActivityService implements FindTaskActivityUseCase {

    private final TaskRepository tasks;
    private final ActivityRepository activity;
    private final UnitOfWork unitOfWork;

    public FindTaskActivityService(TaskRepository tasks, ActivityRepository activity, UnitOfWork unitOfWork) {
        this.tasks = tasks;
        this.activity = activity;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<ActivityEntry> find(TaskActivityQuery query) {
        UnitOfWork.Isolation isolation = UnitOfWork.Isolation.forPage(query.page());
        return unitOfWork.read(isolation, () -> {
            tasks.findVisibleTo(query.taskId(), query.actor().userId(), false)
                    .orElseThrow(() -> new TaskNotFoundException(query.taskId()));
            return activity.ofTask(query.taskId(), query.page());
        });
    }
}

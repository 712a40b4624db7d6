package dev.keel.application.work.task;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.task.TaskFilter;
import dev.keel.domain.work.task.TaskRepository;
import dev.keel.domain.work.task.TaskView;
import jakarta.inject.Singleton;

import java.time.ZoneOffset;

/** Any member lists a project's tasks: the visibility check, then one statement per keyset slice. */
@Singleton
public final class FindTasksService implements FindTasksUseCase {

    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public FindTasksService(ProjectRepository projects, TaskRepository tasks, UnitOfWork unitOfWork, Clock clock) {
        this.projects = projects;
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Page<TaskView> find(FindTasksQuery query) {
        TaskFilter filter = new TaskFilter(query.columnId(), query.assigneeId(), query.unassigned(), query.labelIds(),
                query.priorities(), query.dueBefore(), query.dueAfter(), query.overdue(),
                clock.now().atOffset(ZoneOffset.UTC).toLocalDate(), query.text(), query.deletedOnly());
        UnitOfWork.Isolation isolation = UnitOfWork.Isolation.forPage(query.page());
        return unitOfWork.read(isolation, () -> {
            projects.findLiveVisibleTo(query.projectId(), query.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(query.projectId()))
                    .membership().require(ProjectPermission.READ);
            return tasks.find(query.projectId(), query.actor().userId(), filter, query.sort(), query.page());
        });
    }
}

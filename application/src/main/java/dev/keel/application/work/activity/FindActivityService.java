package dev.keel.application.work.activity;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.activity.ActivityEntry;
import dev.keel.domain.work.activity.ActivityRepository;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import jakarta.inject.Singleton;

/** Any member reads a live project's history, newest first: the project check, then one statement per slice. */
@Singleton
public final class FindActivityService implements FindActivityUseCase {

    private final ProjectRepository projects;
    private final ActivityRepository activity;
    private final UnitOfWork unitOfWork;

    public FindActivityService(ProjectRepository projects, ActivityRepository activity, UnitOfWork unitOfWork) {
        this.projects = projects;
        this.activity = activity;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<ActivityEntry> find(ActivityQuery query) {
        UnitOfWork.Isolation isolation = UnitOfWork.Isolation.forPage(query.page());
        return unitOfWork.read(isolation, () -> {
            projects.findLiveVisibleTo(query.projectId(), query.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(query.projectId()))
                    .membership().require(ProjectPermission.READ);
            return activity.inProject(query.projectId(), query.filter(), query.page());
        });
    }
}

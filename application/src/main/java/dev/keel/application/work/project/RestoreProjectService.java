package dev.keel.application.work.project;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.project.Project;
import dev.keel.domain.work.project.ProjectView;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import jakarta.inject.Singleton;

/**
 * The owner brings a soft-deleted project back; a live one is returned unchanged. When a live project took its slug
 * meanwhile: 409 (change the other's slug first).
 */
@Singleton
public final class RestoreProjectService implements RestoreProjectUseCase {

    private final ProjectRepository projects;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public RestoreProjectService(ProjectRepository projects, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.projects = projects;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public ProjectView restore(RestoreProjectCommand command) {
        return unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            var view = projects.findVisibleToIncludingDeleted(command.id(), command.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(command.id())).requireVisible();
            view.membership().require(ProjectPermission.OWN);
            Project project = view.project();
            project.restore(clock.now());
            return project.hasChanges() ? view.with(projects.update(project)) : view;
        });
    }
}

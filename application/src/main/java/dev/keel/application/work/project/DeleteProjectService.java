package dev.keel.application.work.project;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.work.project.Project;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.project.ProjectView;
import jakarta.inject.Singleton;

/** The owner only. A soft-deleted project is found again only for a permanent delete (a second soft one is 404). */
@Singleton
public final class DeleteProjectService implements DeleteProjectUseCase {

    private final ProjectRepository projects;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public DeleteProjectService(ProjectRepository projects, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.projects = projects;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteProjectCommand command) {
        unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            ProjectView view = (command.permanent()
                    ? projects.findVisibleToIncludingDeleted(command.id(), command.actor().userId())
                    : projects.findLiveVisibleTo(command.id(), command.actor().userId()))
                    .orElseThrow(() -> new ProjectNotFoundException(command.id())).requireVisible();
            view.membership().require(ProjectPermission.OWN);
            Project project = view.project();
            Versioned.requireExpected("project", project.id(), command.expectedVersion(), project.version());
            if (command.permanent()) {
                projects.remove(project);
            } else {
                project.softDelete(clock.now());
                projects.update(project);
            }
            return null;
        });
    }
}

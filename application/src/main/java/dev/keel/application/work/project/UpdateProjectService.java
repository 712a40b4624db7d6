package dev.keel.application.work.project;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.work.project.Project;
import dev.keel.domain.work.project.ProjectView;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/** ADMIN and OWNER change name, slug and description; an unchanged project is not written (its version stays). */
@Singleton
public final class UpdateProjectService implements UpdateProjectUseCase {

    private final ProjectRepository projects;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public UpdateProjectService(ProjectRepository projects, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.projects = projects;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public ProjectView update(UpdateProjectCommand command) {
        return unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            var view = projects.findLiveVisibleTo(command.id(), command.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(command.id()));
            view.membership().require(ProjectPermission.EDIT_PROJECT);
            Project project = view.project();
            Versioned.requireExpected("project", project.id(), command.expectedVersion(), project.version());
            Instant now = clock.now();
            command.name().ifPresent(name -> project.rename(name, now));
            command.slug().ifPresent(slug -> project.changeSlug(slug, now));
            if (command.clearDescription()) {
                project.describe(Optional.empty(), now);
            }
            command.description().ifPresent(description -> project.describe(Optional.of(description), now));
            return project.hasChanges() ? view.with(projects.update(project)) : view;
        });
    }
}

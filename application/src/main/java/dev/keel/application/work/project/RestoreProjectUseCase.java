package dev.keel.application.work.project;

import dev.keel.domain.work.project.ProjectView;

public interface RestoreProjectUseCase {

    ProjectView restore(RestoreProjectCommand command);
}

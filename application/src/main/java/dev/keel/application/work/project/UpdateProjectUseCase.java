package dev.keel.application.work.project;

import dev.keel.domain.work.project.Project;

public interface UpdateProjectUseCase {

    Project update(UpdateProjectCommand command);
}

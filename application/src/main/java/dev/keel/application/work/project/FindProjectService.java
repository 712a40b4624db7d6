package dev.keel.application.work.project;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.project.ProjectView;
import jakarta.inject.Singleton;

@Singleton
public final class FindProjectService implements FindProjectUseCase {

    private final ProjectRepository projects;
    private final UnitOfWork unitOfWork;

    public FindProjectService(ProjectRepository projects, UnitOfWork unitOfWork) {
        this.projects = projects;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ProjectView find(FindProjectQuery query) {
        ProjectView view = unitOfWork.read(() -> projects.findLiveVisibleTo(query.id(), query.actor().userId()))
                .orElseThrow(() -> new ProjectNotFoundException(query.id()));
        view.membership().require(ProjectPermission.READ);
        return view;
    }
}

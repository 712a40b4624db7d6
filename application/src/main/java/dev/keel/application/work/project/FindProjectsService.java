package dev.keel.application.work.project;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.project.ProjectView;
import jakarta.inject.Singleton;

/** The caller's projects: one statement per keyset slice, two per offset page (in one snapshot). */
@Singleton
public final class FindProjectsService implements FindProjectsUseCase {

    private final ProjectRepository projects;
    private final UnitOfWork unitOfWork;

    public FindProjectsService(ProjectRepository projects, UnitOfWork unitOfWork) {
        this.projects = projects;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<ProjectView> find(FindProjectsQuery query) {
        UnitOfWork.Isolation isolation = UnitOfWork.Isolation.forPage(query.page());
        return unitOfWork.read(isolation, () ->
                projects.findVisibleTo(query.actor().userId(), query.filter(), query.sort(), query.page()));
    }
}

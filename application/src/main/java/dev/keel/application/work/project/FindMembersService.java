package dev.keel.application.work.project;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.project.ProjectMember;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectRepository;
import jakarta.inject.Singleton;

import java.util.List;

/** Every role may read (VIEWER upwards), so visibility is the whole check, made by the one read. */
@Singleton
public final class FindMembersService implements FindMembersUseCase {

    private final ProjectRepository projects;
    private final UnitOfWork unitOfWork;

    public FindMembersService(ProjectRepository projects, UnitOfWork unitOfWork) {
        this.projects = projects;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<ProjectMember> find(FindMembersQuery query) {
        return unitOfWork.read(() -> projects.findMembersVisibleTo(query.projectId(), query.actor().userId()))
                .orElseThrow(() -> new ProjectNotFoundException(query.projectId()));
    }
}

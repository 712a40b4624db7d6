package dev.keel.application.work.project;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import jakarta.inject.Singleton;

/** Any member reads a project's figures: two statements (the project, then the figures). */
@Singleton
public final class ViewProjectStatsService implements ViewProjectStatsUseCase {

    private final ProjectRepository projects;
    private final ProjectStatistics statistics;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ViewProjectStatsService(ProjectRepository projects, ProjectStatistics statistics, UnitOfWork unitOfWork, Clock clock) {
        this.projects = projects;
        this.statistics = statistics;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public ProjectStats view(ProjectStatsQuery query) {
        return unitOfWork.read(() -> {
            projects.findLiveVisibleTo(query.projectId(), query.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(query.projectId()))
                    .membership().require(ProjectPermission.READ);
            return statistics.statsOf(query.projectId(), clock.now());
        });
    }
}

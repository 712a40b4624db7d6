package dev.keel.application.work.project;

public interface ViewProjectStatsUseCase {

    ProjectStats view(ProjectStatsQuery query);
}

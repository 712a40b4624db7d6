package dev.keel.application.work.project;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import jakarta.inject.Singleton;

import java.util.List;

/** Any member reads the board: two statements (the project, then its columns with their counts and first tasks). */
@Singleton
public final class ViewBoardService implements ViewBoardUseCase {

    private final ProjectRepository projects;
    private final BoardQueries boards;
    private final UnitOfWork unitOfWork;

    public ViewBoardService(ProjectRepository projects, BoardQueries boards, UnitOfWork unitOfWork) {
        this.projects = projects;
        this.boards = boards;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<BoardColumnView> view(ViewBoardQuery query) {
        return unitOfWork.read(() -> {
            projects.findLiveVisibleTo(query.projectId(), query.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(query.projectId()))
                    .membership().require(ProjectPermission.READ);
            return boards.board(query.projectId(), query.tasksPerColumn());
        });
    }
}

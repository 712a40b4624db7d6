package dev.keel.application.work.project;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.NotFoundException;
import dev.keel.domain.work.task.TaskSummary;
import jakarta.inject.Singleton;

import java.util.List;

/** Any member of the column's project continues a column of the board: two statements. */
@Singleton
public final class ListColumnTasksService implements ListColumnTasksUseCase {

    private final BoardQueries boards;
    private final UnitOfWork unitOfWork;

    public ListColumnTasksService(BoardQueries boards, UnitOfWork unitOfWork) {
        this.boards = boards;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<TaskSummary> list(ColumnTasksQuery query) {
        return unitOfWork.read(() -> {
            boards.projectOfColumnVisibleTo(query.columnId(), query.actor().userId())
                    .orElseThrow(() -> new NotFoundException("column", query.columnId()));
            return boards.columnTasks(query.columnId(), query.after(), query.limit() + 1);
        });
    }
}

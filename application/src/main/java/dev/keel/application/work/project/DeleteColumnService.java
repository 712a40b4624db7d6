package dev.keel.application.work.project;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.NotFoundException;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.work.project.ColumnNotEmptyException;
import dev.keel.domain.work.project.ColumnRuleException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.WipLimitReachedException;
import dev.keel.domain.work.task.ColumnOccupancy;
import dev.keel.domain.work.task.TaskRepository;
import jakarta.inject.Singleton;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * ADMIN and OWNER delete a column. One that holds live tasks is refused (409) unless they move to another column of
 * the board, to its bottom in their order, within its WIP limit. Deleted tasks go along; without a target they are
 * removed for good with the column. The last column of a board stays.
 */
@Singleton
public final class DeleteColumnService implements DeleteColumnUseCase {

    private final BoardColumns columns;
    private final TaskRepository tasks;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public DeleteColumnService(BoardColumns columns, TaskRepository tasks, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.columns = columns;
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteColumnCommand command) {
        unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            ColumnDetails found = find(command);
            found.membership().require(ProjectPermission.MANAGE_BOARD);
            int count = columns.lockBoard(found.projectId());
            ColumnDetails current = find(command);
            // Checked under the board's lock, against the column as the writers before this one left it: checked
            // before it, every writer that read the same version would pass and then write in turn.
            Versioned.requireExpected("column", command.columnId(), command.expectedVersion(), current.version());
            if (count == 1) {
                throw ColumnRuleException.lastColumn();
            }
            if (command.moveTasksTo().filter(target -> target.equals(command.columnId())).isPresent()) {
                throw ColumnRuleException.moveTarget(command.columnId());
            }
            var ids = new LinkedHashSet<>(List.of(command.columnId()));
            command.moveTasksTo().ifPresent(ids::add);
            List<ColumnOccupancy> locked = tasks.lockColumns(current.projectId(), ids);
            ColumnOccupancy source = locked.stream().filter(c -> c.id().equals(command.columnId())).findFirst().orElseThrow();
            if (command.moveTasksTo().isPresent()) {
                ColumnOccupancy target = locked.stream().filter(c -> c.id().equals(command.moveTasksTo().get())).findFirst()
                        .orElseThrow(() -> ColumnRuleException.moveTarget(command.moveTasksTo().get()));
                if (target.wipLimit().filter(limit -> target.liveTasks() + source.liveTasks() > limit).isPresent()) {
                    throw new WipLimitReachedException(target.name(), target.wipLimit().get());
                }
                columns.moveTasks(source.id(), target.id(), target.isDone(), target.highestRank().orElse(0), clock.now());
            } else if (source.liveTasks() > 0) {
                throw new ColumnNotEmptyException(source.liveTasks());
            }
            columns.delete(current.projectId(), current.column(), current.version(), clock.now());
            return null;
        });
    }

    private ColumnDetails find(DeleteColumnCommand command) {
        return columns.findVisibleTo(command.columnId(), command.actor().userId())
                .orElseThrow(() -> new NotFoundException("column", command.columnId()));
    }
}

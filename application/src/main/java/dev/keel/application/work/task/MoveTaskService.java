package dev.keel.application.work.task;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.task.ColumnOccupancy;
import dev.keel.domain.work.task.Ranks;
import dev.keel.domain.work.task.Task;
import dev.keel.domain.work.task.TaskNotFoundException;
import dev.keel.domain.work.task.TaskRepository;
import dev.keel.domain.work.task.TaskRepository.Neighbours;
import dev.keel.domain.work.task.TaskRepository.Side;
import dev.keel.domain.work.task.TaskRuleException;
import dev.keel.domain.work.task.TaskView;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.LinkedHashSet;

/**
 * MEMBER and above move a task. The source and target columns are locked (in id order) and the task read again under
 * the locks, so the place and neighbours found are still true when the move commits; when the two neighbours are
 * adjacent, only the target column is re-spaced, under that same lock. The move writes only the task's place, so a
 * concurrent change of its other fields is neither lost nor a conflict (unless If-Match asked for one).
 */
@Singleton
public final class MoveTaskService implements MoveTaskUseCase {

    /** How often the task may move away from under us between reading it and locking its column before we give up. */
    private static final int MAX_RELOCKS = 3;

    private final TaskRepository tasks;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public MoveTaskService(TaskRepository tasks, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public TaskView move(MoveTaskCommand command) {
        if (command.anchor().filter(anchor -> anchor.taskId().equals(command.id())).isPresent()) {
            throw TaskRuleException.anchorIsTheTask();
        }
        // Columns are locked in id order, but a task that moved away meanwhile makes a move lock one more column: the
        // rare deadlock that can cause is retried. Moves of the same task wait for each other first, or each would
        // chase the task from column to column as the others move it.
        return unitOfWork.writeRetryingConflicts(() -> {
            unitOfWork.lockExclusively("task " + command.id());
            activity.attribute(command.actor().userId(), clock.now());
            TaskView view = TaskAccess.require(tasks, command.id(), command.actor(), ProjectPermission.CHANGE_TASKS);
            List<ColumnOccupancy> locked = lockColumns(view.task(), command.columnId());
            // Read again under the locks: a concurrent move of this task may have committed while we waited.
            view = find(command);
            for (int attempt = 0; find(locked, view.task().columnId()) == null; attempt++) {
                if (attempt == MAX_RELOCKS) {
                    throw new ConcurrentUpdateException("task", command.id());
                }
                locked = lockColumns(view.task(), command.columnId());
                view = find(command);
            }
            Task task = view.task();
            Versioned.requireExpected("task", task.id(), command.expectedVersion(), task.version());
            ColumnOccupancy target = find(locked, command.columnId());
            ColumnOccupancy source = find(locked, task.columnId());
            if (target == null) {
                throw TaskRuleException.unknownColumn(command.columnId());
            }
            boolean changesColumn = !target.id().equals(task.columnId());
            if (changesColumn) {
                target.requireRoomForOneMore();
            }
            long rank = command.anchor().map(anchor -> rankNextTo(anchor, task, target)).orElseGet(() ->
                    !changesColumn && target.highestRank().orElse(0) == task.rank() ? task.rank() : target.bottomRank());
            task.moveTo(new Task.Placement(target.id(), target.isDone(), rank), source.isDone(), clock.now());
            tasks.place(task, command.expectedVersion().isPresent());
            return tasks.findVisibleTo(task.id(), command.actor().userId(), false).orElseThrow();
        });
    }

    private TaskView find(MoveTaskCommand command) {
        return tasks.findVisibleTo(command.id(), command.actor().userId(), false)
                .orElseThrow(() -> new TaskNotFoundException(command.id()));
    }

    private List<ColumnOccupancy> lockColumns(Task task, UUID target) {
        return tasks.lockColumns(task.projectId(), new LinkedHashSet<>(List.of(task.columnId(), target)));
    }

    private long rankNextTo(MoveTaskCommand.Anchor anchor, Task task, ColumnOccupancy target) {
        OptionalLong rank = placeNextTo(anchor, task, target);
        if (rank.isPresent()) {
            return rank.getAsLong();
        }
        tasks.respace(target.id());
        return placeNextTo(anchor, task, target)
                .orElseThrow(() -> new IllegalStateException("no room next to " + anchor + " after re-spacing"));
    }

    private OptionalLong placeNextTo(MoveTaskCommand.Anchor anchor, Task task, ColumnOccupancy target) {
        Neighbours neighbours = tasks.neighbours(target.id(), anchor.taskId(), task.id(), anchor.side())
                .orElseThrow(() -> TaskRuleException.anchorNotInColumn(anchor.taskId()));
        if (anchor.side() == Side.BEFORE) {
            return Ranks.between(neighbours.nearest(), neighbours.anchorRank());
        }
        return neighbours.nearest().isPresent()
                ? Ranks.between(OptionalLong.of(neighbours.anchorRank()), neighbours.nearest().getAsLong())
                : OptionalLong.of(Ranks.after(OptionalLong.of(neighbours.anchorRank())));
    }

    private static ColumnOccupancy find(List<ColumnOccupancy> columns, UUID id) {
        return columns.stream().filter(column -> column.id().equals(id)).findFirst().orElse(null);
    }
}

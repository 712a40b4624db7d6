package dev.keel.application.work.project;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.NotFoundException;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.work.project.BoardColumn;
import dev.keel.domain.work.project.ProjectPermission;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * ADMIN and OWNER rename, move (the columns in between shift by one; a position past the end means the end), limit and
 * flag a column. Lowering the WIP limit below the column's task count is allowed: the limit refuses new tasks only.
 */
@Singleton
public final class UpdateColumnService implements UpdateColumnUseCase {

    private final BoardColumns columns;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public UpdateColumnService(BoardColumns columns, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.columns = columns;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public ColumnDetails update(UpdateColumnCommand command) {
        return unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            ColumnDetails found = find(command);
            found.membership().require(ProjectPermission.MANAGE_BOARD);
            int count = columns.lockBoard(found.projectId());
            ColumnDetails current = find(command);
            // Checked under the board's lock, against the column as the writers before this one left it: checked
            // before it, every writer that read the same version would pass and then write in turn.
            Versioned.requireExpected("column", command.columnId(), command.expectedVersion(), current.version());
            BoardColumn before = current.column();
            Optional<Integer> wipLimit = command.clearWipLimit() ? Optional.empty() : command.wipLimit().or(before::wipLimit);
            BoardColumn after = new BoardColumn(before.id(), command.name().orElse(before.name()),
                    Math.min(command.position().orElse(before.position()), count - 1),
                    command.isDone().orElse(before.isDone()), wipLimit);
            if (after.equals(before)) {
                return current;
            }
            columns.update(current.projectId(), before, after, current.version(), clock.now());
            return find(command);
        });
    }

    private ColumnDetails find(UpdateColumnCommand command) {
        return columns.findVisibleTo(command.columnId(), command.actor().userId())
                .orElseThrow(() -> new NotFoundException("column", command.columnId()));
    }
}

package dev.keel.application.work.task;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;
import dev.keel.domain.work.task.TaskId;
import dev.keel.domain.work.task.TaskRepository.Side;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Puts a task into a column: right before or right after another task of it, or at its bottom when no anchor is given. */
public record MoveTaskCommand(Actor actor, TaskId id, Optional<Long> expectedVersion, UUID columnId,
                              Optional<Anchor> anchor) {

    public MoveTaskCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(columnId, "columnId");
        Objects.requireNonNull(anchor, "anchor");
    }

    /** Validates raw input: a column is required, and at most one of the two neighbours. */
    public static MoveTaskCommand of(Actor actor, TaskId id, Long expectedVersion, UUID columnId, UUID beforeId, UUID afterId) {
        var violations = new Violations();
        if (columnId == null) {
            violations.add("columnId", "must be given");
        }
        if (beforeId != null && afterId != null) {
            violations.add("afterId", "must not be given together with beforeId");
        }
        violations.throwIfAny();
        Optional<Anchor> anchor = beforeId != null ? Optional.of(new Anchor(new TaskId(beforeId), Side.BEFORE))
                : Optional.ofNullable(afterId).map(after -> new Anchor(new TaskId(after), Side.AFTER));
        return new MoveTaskCommand(actor, id, Optional.ofNullable(expectedVersion), columnId, anchor);
    }

    /** The task to stand next to, and on which side of it. */
    public record Anchor(TaskId taskId, Side side) {
        public Anchor {
            Objects.requireNonNull(taskId, "taskId");
            Objects.requireNonNull(side, "side");
        }
    }
}

package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;
import dev.keel.domain.shared.DisplayText;
import dev.keel.domain.work.project.BoardColumn;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A merge patch of a column: empty fields stay; {@code clearWipLimit} removes the limit. */
public record UpdateColumnCommand(Actor actor, UUID columnId, Optional<Long> expectedVersion, Optional<String> name,
                                  Optional<Integer> position, Optional<Integer> wipLimit, boolean clearWipLimit,
                                  Optional<Boolean> isDone) {

    public UpdateColumnCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(columnId, "columnId");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(wipLimit, "wipLimit");
        Objects.requireNonNull(isDone, "isDone");
    }

    public static UpdateColumnCommand of(Actor actor, UUID columnId, Long expectedVersion, String name, Integer position,
                                         Integer wipLimit, boolean clearWipLimit, Boolean isDone) {
        var violations = new Violations();
        String validName = violations.checkIfPresent(name, raw -> DisplayText.require("name", raw, BoardColumn.MAX_NAME_LENGTH));
        violations.checkIfPresent(position, CreateColumnCommand.ColumnFields::position);
        violations.checkIfPresent(wipLimit, CreateColumnCommand.ColumnFields::wipLimit);
        violations.throwIfAny();
        return new UpdateColumnCommand(actor, columnId, Optional.ofNullable(expectedVersion), Optional.ofNullable(validName),
                Optional.ofNullable(position), Optional.ofNullable(wipLimit), clearWipLimit, Optional.ofNullable(isDone));
    }
}

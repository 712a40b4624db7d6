package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;
import dev.keel.domain.shared.DisplayText;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.work.project.BoardColumn;
import dev.keel.domain.work.project.ProjectId;

import java.util.Objects;
import java.util.Optional;

/** A new column; an empty position means the end of the board. */
public record CreateColumnCommand(Actor actor, ProjectId projectId, String name, Optional<Integer> position,
                                  Optional<Integer> wipLimit, boolean isDone) {

    public CreateColumnCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(wipLimit, "wipLimit");
    }

    /** Validates raw input, reporting every bad field at once. */
    public static CreateColumnCommand of(Actor actor, ProjectId projectId, String name, Integer position, Integer wipLimit,
                                         Boolean isDone) {
        var violations = new Violations();
        String validName = violations.check(() -> DisplayText.require("name", name, BoardColumn.MAX_NAME_LENGTH));
        violations.checkIfPresent(position, ColumnFields::position);
        violations.checkIfPresent(wipLimit, ColumnFields::wipLimit);
        violations.throwIfAny();
        return new CreateColumnCommand(actor, projectId, validName, Optional.ofNullable(position),
                Optional.ofNullable(wipLimit), Boolean.TRUE.equals(isDone));
    }

    /** The checks of the numeric column fields, shared by creation and change. */
    static final class ColumnFields {

        private ColumnFields() {
        }

        static Integer position(Integer position) {
            if (position < 0) {
                throw ValidationException.of("position", "must not be negative");
            }
            return position;
        }

        static Integer wipLimit(Integer wipLimit) {
            if (wipLimit < 1) {
                throw ValidationException.of("wipLimit", "must be at least 1");
            }
            return wipLimit;
        }
    }
}

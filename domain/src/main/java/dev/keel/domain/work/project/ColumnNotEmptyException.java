package dev.keel.domain.work.project;

import dev.keel.domain.shared.ConflictException;

/** A column that still holds live tasks is deleted only together with a column to move them to. */
public final class ColumnNotEmptyException extends ConflictException {

    public ColumnNotEmptyException(long tasks) {
        super("column-not-empty", "Column not empty",
                "the column still holds " + tasks + " tasks: move them first, or delete with ?moveTasksTo=<columnId>");
    }
}

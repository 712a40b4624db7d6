package dev.keel.domain.work.project;

import dev.keel.domain.shared.ConflictException;

/** Another column of the board has the name, in any case. */
public final class ColumnNameTakenException extends ConflictException {

    public ColumnNameTakenException(String name) {
        super("column-name-taken", "Column name taken", "the board already has a column named " + name);
    }
}

package dev.keel.domain.work.project;

import dev.keel.domain.shared.BusinessRuleViolationException;

/** A column change the board's rules refuse. */
public final class ColumnRuleException extends BusinessRuleViolationException {

    private ColumnRuleException(String message) {
        super("column-refused", "Column change refused", message);
    }

    public static ColumnRuleException lastColumn() {
        return new ColumnRuleException("a board keeps at least one column");
    }

    public static ColumnRuleException moveTarget(Object columnId) {
        return new ColumnRuleException("column " + columnId + " is not another column of this board");
    }
}

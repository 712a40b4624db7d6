package dev.keel.domain.work.task;

import dev.keel.domain.shared.BusinessRuleViolationException;

/** A well-formed task change the project refuses: a column, assignee, label or neighbour that does not fit. */
public final class TaskRuleException extends BusinessRuleViolationException {

    private TaskRuleException(String message) {
        super("task-refused", "Task change refused", message);
    }

    public static TaskRuleException unknownColumn(Object columnId) {
        return new TaskRuleException("column " + columnId + " is not a column of this project's board");
    }

    public static TaskRuleException assigneeNotMember(Object userId) {
        return new TaskRuleException("user " + userId + " is not a member of this project");
    }

    public static TaskRuleException labelsOfAnotherProject(java.util.Collection<?> labelIds) {
        return new TaskRuleException("labels " + labelIds + " are not labels of this project");
    }

    public static TaskRuleException anchorNotInColumn(Object anchorId) {
        return new TaskRuleException("task " + anchorId + " is not a live task of the target column");
    }

    public static TaskRuleException anchorIsTheTask() {
        return new TaskRuleException("a task cannot be placed next to itself");
    }
}

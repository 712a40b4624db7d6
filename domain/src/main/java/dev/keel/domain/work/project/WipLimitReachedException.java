package dev.keel.domain.work.project;

import dev.keel.domain.shared.BusinessRuleViolationException;

/** A column at its work-in-progress limit refuses another task, whether created in it or moved into it. */
public final class WipLimitReachedException extends BusinessRuleViolationException {

    public WipLimitReachedException(String columnName, int wipLimit) {
        super("wip-limit-reached", "Column at its WIP limit",
                "column \"" + columnName + "\" already holds its limit of " + wipLimit + " tasks");
    }
}

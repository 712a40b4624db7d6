package dev.keel.application.work.task;

import dev.keel.application.shared.EnumValues;
import dev.keel.application.shared.Violations;
import dev.keel.domain.work.task.Priority;

/** Parsing of the task fields that arrive as text, shared by the task commands and queries. */
final class TaskFields {

    private TaskFields() {
    }

    static Priority priority(Violations violations, String raw) {
        return priority(violations, "priority", raw);
    }

    /** The priority given as {@code field}, the name the caller's API gives it. */
    static Priority priority(Violations violations, String field, String raw) {
        return violations.checkIfPresent(raw, value -> EnumValues.parse(Priority.class, field, value));
    }
}

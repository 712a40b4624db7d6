package dev.keel.application.work.task;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.work.project.ProjectId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/** Up to 1,000 new tasks of one project, created all together or not at all. */
public record BatchCreateTasksCommand(Actor actor, ProjectId projectId, List<CreateTaskCommand> items) {

    public static final int MAX_ITEMS = 1000;

    public BatchCreateTasksCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        items = List.copyOf(items);
    }

    /**
     * Validates every item with {@code item} (which builds item {@code i}'s command), reporting every invalid field of
     * every item at once, named {@code items[i].field}.
     */
    public static BatchCreateTasksCommand of(Actor actor, ProjectId projectId, int size, IntFunction<CreateTaskCommand> item) {
        if (size < 1 || size > MAX_ITEMS) {
            throw ValidationException.of("items", "must hold 1 to " + MAX_ITEMS + " tasks");
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<CreateTaskCommand> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            try {
                items.add(item.apply(i));
            } catch (ValidationException e) {
                for (FieldViolation violation : e.violations()) {
                    violations.add(new FieldViolation("items[" + i + "]." + violation.field(), violation.message()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new BatchCreateTasksCommand(actor, projectId, items);
    }
}

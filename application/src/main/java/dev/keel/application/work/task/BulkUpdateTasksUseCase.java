package dev.keel.application.work.task;

import dev.keel.domain.work.task.TaskId;

import java.util.List;
import java.util.Optional;

public interface BulkUpdateTasksUseCase {

    /** One result per id, in the order given. */
    List<Result> update(BulkUpdateTasksCommand command);

    record Result(TaskId id, Outcome outcome, Optional<String> reason) {
    }

    enum Outcome { UPDATED, NOT_FOUND, REFUSED }
}

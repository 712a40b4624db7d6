package dev.keel.application.work.task;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.label.LabelId;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.Priority;
import dev.keel.domain.work.task.TaskSort;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A task list as asked: the filters of {@code TaskFilter} but today's date, which the service takes from its clock. */
public record FindTasksQuery(Actor actor, ProjectId projectId, Optional<UUID> columnId, Optional<UserId> assigneeId,
                             boolean unassigned, Set<LabelId> labelIds, Set<Priority> priorities,
                             Optional<LocalDate> dueBefore, Optional<LocalDate> dueAfter, boolean overdue,
                             Optional<String> text, boolean deletedOnly, TaskSort sort, PageRequest page) {

    public FindTasksQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}

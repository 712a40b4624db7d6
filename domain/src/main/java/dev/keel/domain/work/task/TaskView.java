package dev.keel.domain.work.task;

import dev.keel.domain.work.project.Membership;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A task as one member sees it: the task with its assignee's and creator's names, its labels, and the caller's membership. */
public record TaskView(Task task, Optional<PersonRef> assignee, Optional<PersonRef> creator, List<TaskLabel> labels,
                       Membership membership) {

    public TaskView {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(creator, "creator");
        labels = List.copyOf(labels);
        Objects.requireNonNull(membership, "membership");
    }
}

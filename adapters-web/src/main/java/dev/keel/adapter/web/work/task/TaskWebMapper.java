package dev.keel.adapter.web.work.task;

import dev.keel.adapter.web.shared.Timestamps;
import dev.keel.domain.work.task.PersonRef;
import dev.keel.domain.work.task.Task;
import dev.keel.domain.work.task.TaskDescription;
import dev.keel.domain.work.task.TaskLabel;
import dev.keel.domain.work.task.TaskSummary;
import dev.keel.domain.work.task.TaskView;

import java.util.List;

/** Task to its API representation. */
final class TaskWebMapper {

    private TaskWebMapper() {
    }

    static TaskResponse toResponse(TaskView view) {
        Task task = view.task();
        return new TaskResponse(task.id().toString(), task.projectId().toString(), task.columnId().toString(),
                task.title().value(), task.description().map(TaskDescription::value).orElse(null), task.priority().name(),
                view.assignee().map(TaskWebMapper::person).orElse(null), task.dueDate().map(Object::toString).orElse(null),
                labels(view.labels()),
                view.creator().map(TaskWebMapper::person).orElse(null),
                task.completedAt().map(Timestamps::format).orElse(null), Timestamps.format(task.createdAt()),
                Timestamps.format(task.updatedAt()), task.version(), task.deletedAt().map(Timestamps::format).orElse(null));
    }

    static TaskSummaryResponse toResponse(TaskSummary task) {
        return new TaskSummaryResponse(task.id().toString(), task.title(), task.priority().name(),
                task.dueDate().map(Object::toString).orElse(null), task.assignee().map(TaskWebMapper::person).orElse(null),
                labels(task.labels()));
    }

    private static List<TaskLabelResponse> labels(List<TaskLabel> labels) {
        return labels.stream().map(label -> new TaskLabelResponse(label.id().toString(), label.name(), label.color())).toList();
    }

    private static PersonResponse person(PersonRef person) {
        return new PersonResponse(person.id().value().toString(), person.name());
    }
}

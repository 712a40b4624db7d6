package dev.keel.application.work.project;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.TaskSummary;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Reads of a board that cost a fixed number of statements however many columns, tasks, labels and assignees. */
public interface BoardQueries {

    /**
     * Every column of the project's board in position order with its live task count, and up to {@code tasksPerColumn}
     * of its first live tasks in board order (and whether more follow): one statement, so counts and tasks agree.
     */
    List<BoardColumnView> board(ProjectId project, int tasksPerColumn);

    /** The project of a column, when the viewer is a member of that live project; empty otherwise. */
    Optional<ProjectId> projectOfColumnVisibleTo(UUID columnId, UserId viewer);

    /** Up to {@code limit} live tasks of a column in board order, after the rank {@code after} (empty: from the top). */
    List<TaskSummary> columnTasks(UUID columnId, OptionalLong after, int limit);
}

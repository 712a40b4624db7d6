package dev.keel.domain.work.activity;

import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.TaskId;

/**
 * The activity history, newest first. It is written by the store itself, in the transaction of every change, and never
 * changed afterwards; these are its reads.
 */
public interface ActivityRepository {

    /** The project's entries that pass the filter: one statement per keyset slice, two per offset page. */
    Page<ActivityEntry> inProject(ProjectId project, ActivityFilter filter, PageRequest page);

    /** The entries of a task: its own changes, its label assignments and its comments. */
    Page<ActivityEntry> ofTask(TaskId task, PageRequest page);
}

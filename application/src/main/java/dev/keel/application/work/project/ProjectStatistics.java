package dev.keel.application.work.project;

import dev.keel.domain.work.project.ProjectId;

import java.time.Instant;

/** Figures about a project's tasks, computed by the database in one statement. */
public interface ProjectStatistics {

    /** The figures as of {@code now}: the last 12 ISO weeks end with the one holding {@code now} (UTC). */
    ProjectStats statsOf(ProjectId project, Instant now);
}

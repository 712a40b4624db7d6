package dev.keel.application.work.project;

import dev.keel.domain.work.project.BoardColumn;
import dev.keel.domain.work.project.Membership;
import dev.keel.domain.work.project.ProjectId;

import java.time.Instant;
import java.util.Objects;

/** A column as its resource shows it, with the caller's membership of its project. */
public record ColumnDetails(BoardColumn column, ProjectId projectId, Instant createdAt, Instant updatedAt, long version,
                            Membership membership) {

    public ColumnDetails {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(membership, "membership");
    }
}

package dev.keel.domain.work.search;

import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.TaskId;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One result of a full-text search: a task, a comment (titled by its task, which {@code taskId} names) or a document,
 * with an excerpt that highlights the matches and its relevance ({@code rank}, higher is better).
 */
public record SearchHit(SearchHitType type, UUID id, Optional<TaskId> taskId, ProjectId projectId, String title,
                        Snippet snippet, BigDecimal rank) {

    public SearchHit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snippet, "snippet");
        Objects.requireNonNull(rank, "rank");
    }
}

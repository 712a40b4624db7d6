package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.project.ProjectId;

import java.util.Objects;

public record ProjectStatsQuery(Actor actor, ProjectId projectId) {

    public ProjectStatsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
    }
}

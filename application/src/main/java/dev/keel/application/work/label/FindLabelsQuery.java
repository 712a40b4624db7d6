package dev.keel.application.work.label;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.project.ProjectId;

import java.util.Objects;

public record FindLabelsQuery(Actor actor, ProjectId projectId) {

    public FindLabelsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
    }
}

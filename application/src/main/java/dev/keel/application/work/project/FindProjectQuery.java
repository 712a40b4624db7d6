package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.project.ProjectId;

import java.util.Objects;

/** Members read their projects; to everyone else a project does not exist. */
public record FindProjectQuery(Actor actor, ProjectId id) {

    public FindProjectQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}

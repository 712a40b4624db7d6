package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.project.ProjectId;

import java.util.Objects;

/** Any member reads the member list; to anyone else the project does not exist. */
public record FindMembersQuery(Actor actor, ProjectId projectId) {

    public FindMembersQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
    }
}

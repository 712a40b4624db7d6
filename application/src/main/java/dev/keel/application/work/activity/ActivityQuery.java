package dev.keel.application.work.activity;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.activity.ActivityFilter;
import dev.keel.domain.work.project.ProjectId;

import java.util.Objects;

public record ActivityQuery(Actor actor, ProjectId projectId, ActivityFilter filter, PageRequest page) {

    public ActivityQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }
}

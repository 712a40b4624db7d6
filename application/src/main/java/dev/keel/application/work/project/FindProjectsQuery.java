package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.project.ProjectFilter;
import dev.keel.domain.work.project.ProjectSort;

import java.util.Objects;

public record FindProjectsQuery(Actor actor, ProjectFilter filter, ProjectSort sort, PageRequest page) {

    public FindProjectsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}

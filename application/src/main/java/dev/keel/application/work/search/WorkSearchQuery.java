package dev.keel.application.work.search;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.search.SearchHitType;
import dev.keel.domain.work.search.SearchText;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A full-text search in one project, or (project empty) in every live project of the caller. */
public record WorkSearchQuery(Actor actor, Optional<ProjectId> project, SearchText text, Set<SearchHitType> types,
                              PageRequest page) {

    public WorkSearchQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(text, "text");
        types = Set.copyOf(types);
        Objects.requireNonNull(page, "page");
    }
}

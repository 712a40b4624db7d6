package dev.keel.domain.work.search;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.ProjectId;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Where a search looks: the live projects {@code caller} belongs to, or only one of them, for some kinds of hits. */
public record SearchScope(UserId caller, Optional<ProjectId> project, Set<SearchHitType> types) {

    public SearchScope {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(project, "project");
        types = Set.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a search looks for at least one type");
        }
    }
}

package dev.keel.application.identity.user;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserSort;

import java.util.Objects;

public record FindUsersQuery(Actor actor, UserFilter filter, UserSort sort, PageRequest page) {

    public FindUsersQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}

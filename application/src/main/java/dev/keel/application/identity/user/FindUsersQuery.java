package dev.keel.application.identity.user;

import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserSort;

import java.util.Objects;

public record FindUsersQuery(UserFilter filter, UserSort sort, PageRequest page) {

    public FindUsersQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}

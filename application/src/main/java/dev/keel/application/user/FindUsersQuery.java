package dev.keel.application.user;

import dev.keel.domain.paging.PageRequest;
import dev.keel.domain.user.UserFilter;
import dev.keel.domain.user.UserSort;

import java.util.Objects;

public record FindUsersQuery(UserFilter filter, UserSort sort, PageRequest page) {

    public FindUsersQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}

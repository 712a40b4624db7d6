package dev.keel.domain.identity.user;

import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortField;
import dev.keel.domain.shared.paging.SortValue;

import java.util.function.Function;

/** The whitelist of fields a user list may be sorted by, with the key each one reads off a user. */
public enum UserSortField implements SortField {
    CREATED_AT("createdAt", SortDirection.DESC, user -> new SortValue.Timestamp(user.createdAt())),
    NAME("name", SortDirection.ASC, user -> new SortValue.Text(user.name().value())),
    EMAIL("email", SortDirection.ASC, user -> new SortValue.Text(user.email().value()));

    private final String apiName;
    private final SortDirection defaultDirection;
    private final Function<UserProfile, SortValue> keyOf;

    UserSortField(String apiName, SortDirection defaultDirection, Function<UserProfile, SortValue> keyOf) {
        this.apiName = apiName;
        this.defaultDirection = defaultDirection;
        this.keyOf = keyOf;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    /** Newest first for creation time, alphabetical for text. */
    @Override
    public SortDirection defaultDirection() {
        return defaultDirection;
    }

    /** The sort key of {@code user}, as a keyset position carries it. */
    public SortValue keyOf(UserProfile user) {
        return keyOf.apply(user);
    }
}

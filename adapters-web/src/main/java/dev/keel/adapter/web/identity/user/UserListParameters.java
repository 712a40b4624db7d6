package dev.keel.adapter.web.identity.user;

import dev.keel.adapter.web.shared.query.ListOf;
import dev.keel.adapter.web.shared.query.ListParameters;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserSortField;
import dev.keel.domain.identity.user.UserStatus;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Optional;

/** The filters and sort of GET /users; paging is the shared {@code Paging}. */
@Introspected
@ListOf(name = "users", sortFields = UserSortField.class, defaultSort = "createdAt")
record UserListParameters(
        @Nullable @QueryValue UserStatus status,
        @Nullable @QueryValue Role role,
        @Nullable @QueryValue @Schema(description = "Case-insensitive substring of name or e-mail", maxLength = 100)
        String q,
        @Nullable @QueryValue @Schema(description = "Exclusive lower bound", format = "date-time") Instant createdAfter,
        @Nullable @QueryValue @Schema(description = "Exclusive upper bound", format = "date-time") Instant createdBefore,
        @Nullable @QueryValue Deleted deleted,
        @Nullable @QueryValue
        @Schema(description = "createdAt (default, newest first), name or email; optionally ,asc or ,desc",
                example = "name,asc")
        String sort) implements ListParameters<UserFilter> {

    /** The one value of {@code deleted}, spelled as the API spells it: 'only' lists soft-deleted users. */
    @Schema(name = "DeletedFilter", description = "'only' lists soft-deleted users instead of live ones")
    enum Deleted { only }

    @Override
    public UserFilter filter() {
        return new UserFilter(Optional.ofNullable(status), Optional.ofNullable(role), Optional.ofNullable(q),
                Optional.ofNullable(createdAfter), Optional.ofNullable(createdBefore),
                deleted == null ? UserFilter.Visibility.LIVE : UserFilter.Visibility.DELETED_ONLY);
    }
}

package dev.keel.adapter.web.identity.user;

import dev.keel.adapter.web.shared.query.ListDefinition;
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
record UserListParameters(
        @Nullable @QueryValue @Schema(allowableValues = {"ACTIVE", "SUSPENDED"}) UserStatus status,
        @Nullable @QueryValue @Schema(allowableValues = {"MEMBER", "ADMIN"}) Role role,
        @Nullable @QueryValue @Schema(description = "Case-insensitive substring of name or e-mail", maxLength = 100)
        String q,
        @Nullable @QueryValue @Schema(description = "Exclusive lower bound", format = "date-time") Instant createdAfter,
        @Nullable @QueryValue @Schema(description = "Exclusive upper bound", format = "date-time") Instant createdBefore,
        @Nullable @QueryValue @Schema(description = "'only' lists soft-deleted users", allowableValues = "only")
        Deleted deleted,
        @Nullable @QueryValue
        @Schema(description = "createdAt (default, newest first), name or email; optionally ,asc or ,desc",
                example = "name,asc")
        String sort) {

    static final ListDefinition<UserSortField> LIST = new ListDefinition<>("users", UserSortField.class,
            UserSortField.CREATED_AT);

    /** The one value of {@code deleted}, spelled as the API spells it. */
    @SuppressWarnings("java:S115")
    enum Deleted { only }

    UserFilter toFilter() {
        return new UserFilter(Optional.ofNullable(status), Optional.ofNullable(role), Optional.ofNullable(q),
                Optional.ofNullable(createdAfter), Optional.ofNullable(createdBefore),
                deleted == null ? UserFilter.Visibility.LIVE : UserFilter.Visibility.DELETED_ONLY);
    }
}

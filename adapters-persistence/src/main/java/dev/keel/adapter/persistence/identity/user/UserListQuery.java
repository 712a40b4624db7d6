package dev.keel.adapter.persistence.identity.user;

import dev.keel.adapter.persistence.shared.keyset.KeysetOrder;
import dev.keel.adapter.persistence.shared.keyset.LikePatterns;
import dev.keel.adapter.persistence.shared.keyset.ListQuery;
import dev.keel.adapter.persistence.shared.keyset.SortColumn;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserSort;

/**
 * The user list: the columns each whitelisted sort field orders by, and the filter as conditions with bind
 * parameters. No client text is ever part of the statement.
 */
final class UserListQuery {

    private static final SortColumn CREATED_AT = SortColumn.timestamptz("created_at");
    private static final SortColumn NAME = SortColumn.text("name");
    private static final SortColumn EMAIL = SortColumn.text("email");

    private UserListQuery() {
    }

    static ListQuery of(UserFilter filter, UserSort sort) {
        SortColumn column = switch (sort.field()) {
            case CREATED_AT -> CREATED_AT;
            case NAME -> NAME;
            case EMAIL -> EMAIL;
        };
        var query = ListQuery.of(UserRow.PROFILE_COLUMNS, "app_user", KeysetOrder.by(column, sort.direction()))
                .where(filter.visibility() == UserFilter.Visibility.LIVE ? "deleted_at IS NULL" : "deleted_at IS NOT NULL");
        filter.status().ifPresent(status -> query.where("status = ?", status));
        filter.role().ifPresent(role -> query.where("role = ?", role));
        filter.text().map(LikePatterns::contains)
                .ifPresent(pattern -> query.where("name ILIKE ? ESCAPE '\\' OR email ILIKE ? ESCAPE '\\'", pattern, pattern));
        filter.createdAfter().ifPresent(after -> query.where("created_at > ?", after));
        filter.createdBefore().ifPresent(before -> query.where("created_at < ?", before));
        return query;
    }
}

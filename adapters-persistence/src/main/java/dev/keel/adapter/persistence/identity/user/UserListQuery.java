package dev.keel.adapter.persistence.identity.user;

import dev.keel.domain.shared.paging.KeysetPosition;
import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.identity.user.UserFilter;
import dev.keel.domain.identity.user.UserSort;
import dev.keel.domain.identity.user.UserSortField;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the SQL of one user list from whitelisted fragments: the filter becomes a WHERE clause with
 * bind parameters, the sort a fixed ORDER BY ending in the id tie-breaker. No client text is ever
 * concatenated into the statement.
 */
final class UserListQuery {

    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private final UserSort sort;

    UserListQuery(UserFilter filter, UserSort sort) {
        this.sort = sort;
        where.append(filter.visibility() == UserFilter.Visibility.LIVE ? " WHERE deleted_at IS NULL"
                : " WHERE deleted_at IS NOT NULL");
        filter.status().ifPresent(status -> condition("status = ?", status.name()));
        filter.role().ifPresent(role -> condition("role = ?", role.name()));
        filter.text().map(UserListQuery::containsPattern)
                .ifPresent(pattern -> condition("(name ILIKE ? ESCAPE '\\' OR email ILIKE ? ESCAPE '\\')", pattern, pattern));
        filter.createdAfter().ifPresent(after -> condition("created_at > ?", timestamp(after)));
        filter.createdBefore().ifPresent(before -> condition("created_at < ?", timestamp(before)));
    }

    /** Rows after {@code after} in sort order, at most {@code limit}. */
    Statement slice(Optional<KeysetPosition> after, int limit) {
        var sql = new StringBuilder("SELECT ").append(UserRow.COLUMNS).append(" FROM app_user").append(where);
        var values = new ArrayList<>(parameters);
        after.ifPresent(position -> {
            sql.append(" AND (").append(column()).append(", id) ").append(descending() ? "<" : ">").append(" (?, ?)");
            values.add(sortKeyParameter(position.sortKey()));
            values.add(position.id());
        });
        sql.append(orderBy()).append(" LIMIT ?");
        values.add(limit);
        return new Statement(sql.toString(), values);
    }

    /** Rows {@code offset} to {@code offset + limit} in sort order. */
    Statement page(long offset, int limit) {
        var values = new ArrayList<>(parameters);
        values.add(limit);
        values.add(offset);
        return new Statement("SELECT " + UserRow.COLUMNS + " FROM app_user" + where + orderBy() + " LIMIT ? OFFSET ?",
                values);
    }

    Statement count() {
        return new Statement("SELECT count(*) FROM app_user" + where, List.copyOf(parameters));
    }

    private void condition(String sql, Object... values) {
        where.append(" AND ").append(sql);
        parameters.addAll(List.of(values));
    }

    private String orderBy() {
        String direction = descending() ? " DESC" : " ASC";
        return " ORDER BY " + column() + direction + ", id" + direction;
    }

    private boolean descending() {
        return sort.direction() == SortDirection.DESC;
    }

    private String column() {
        return switch (sort.field()) {
            case CREATED_AT -> "created_at";
            case NAME -> "name";
            case EMAIL -> "email";
        };
    }

    private Object sortKeyParameter(String sortKey) {
        if (sort.field() != UserSortField.CREATED_AT) {
            return sortKey;
        }
        try {
            return timestamp(Instant.parse(sortKey));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("keyset position does not hold a timestamp", e);
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** {@code %text%} with LIKE's wildcards in the text taken literally. */
    static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    record Statement(String sql, List<Object> parameters) {
    }
}
